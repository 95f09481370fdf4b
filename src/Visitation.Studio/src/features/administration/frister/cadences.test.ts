import { describe, expect, it } from 'vitest';
import { parseSteps } from './CadencesSection';

describe('cadence steps as typed', () => {
  it('reads periods with an optional count', () => {
    expect(parseSteps('P1M x 2, p3m')).toEqual([{ interval: 'P1M', antal: 2 }, { interval: 'P3M', antal: null }]);
    expect(parseSteps('P6W×3')).toEqual([{ interval: 'P6W', antal: 3 }]);
  });

  it('refuses what is not a period', () => {
    expect(parseSteps('hver måned')).toBeNull();
    expect(parseSteps('P1M, 3')).toBeNull();
  });
});
