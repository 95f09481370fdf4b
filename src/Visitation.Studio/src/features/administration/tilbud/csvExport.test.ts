import { describe, expect, it } from 'vitest';
import { csvAmount, csvCell, csvText } from './csvExport';

describe('catalogue CSV export', () => {
  it('keeps a formula from running in a spreadsheet', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+45 12 34')).toBe("'+45 12 34");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
  });

  it('quotes separators and leaves plain text and numbers alone', () => {
    expect(csvCell('Unge; 14-17 år')).toBe('"Unge; 14-17 år"');
    expect(csvCell('Familiehuset')).toBe('Familiehuset');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
  });

  it('writes amounts to the øre with a decimal comma', () => {
    expect(csvAmount(9250.5)).toBe('9250,50');
    expect(csvAmount(650)).toBe('650,00');
    expect(csvAmount(0.07)).toBe('0,07');
  });

  it('writes lines with a byte-order mark and CRLF', () => {
    expect(csvText([['a', 'b'], ['c', null]])).toBe('\uFEFFa;b\r\nc;\r\n');
  });
});
