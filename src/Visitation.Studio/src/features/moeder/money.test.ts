import { describe, expect, it } from 'vitest';
import { formatKroner } from './money';

describe('formatKroner', () => {
  it('groups thousands with dots and writes two decimals after a comma', () => {
    expect(formatKroner(1234.56)).toBe('1.234,56 kr.');
    expect(formatKroner(30618)).toBe('30.618,00 kr.');
    expect(formatKroner(28555.5)).toBe('28.555,50 kr.');
    expect(formatKroner(1234567.89)).toBe('1.234.567,89 kr.');
  });

  it('keeps the digits the server sent, also where binary floating point would round', () => {
    expect(formatKroner(0.3)).toBe('0,30 kr.');
    expect(formatKroner(4503599627370.49)).toBe('4.503.599.627.370,49 kr.');
    expect(formatKroner('99999999999999.99')).toBe('99.999.999.999.999,99 kr.');
  });

  it('writes a negative amount with its sign', () => {
    expect(formatKroner(-850.5)).toBe('-850,50 kr.');
  });
});
