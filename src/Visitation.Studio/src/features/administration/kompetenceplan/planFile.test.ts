import { describe, expect, it } from 'vitest';
import { readPlanFile, toMunicipalityFile } from './planFile';

describe('plan files', () => {
  it('reads the plan out of a municipality file and a bare plan alike, and refuses anything else', () => {
    const plan = { effectiveFrom: '2026-01-01', hitPolicy: 'Unique' as const, rules: [{ id: 'alle', measureType: '*', default: true, level: 'raadgiver' }] };
    const file = toMunicipalityFile({ code: '0621', name: 'Kolding' }, [{ id: 'raadgiver', name: 'Rådgiver', kind: 'role' }], plan);

    expect(readPlanFile(JSON.stringify(file))).toEqual(plan);
    expect(readPlanFile(JSON.stringify(plan))).toEqual(plan);
    expect(readPlanFile('{"kommune": {}}')).toBeNull();
    expect(readPlanFile('ikke json')).toBeNull();
  });
});
