/**
 * A CSV cell that a spreadsheet reads as text, never as a formula: a value starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading apostrophe (OWASP "CSV injection"), and a value with `;`, a quote or a line break is quoted.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines of cells, `;` between cells and CRLF between lines, with a byte-order mark so spreadsheets read it as UTF-8. */
export function csvText(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

/** An amount in kroner as the import reads it back: a decimal comma, two decimals, from the server's digits (no arithmetic). */
export function csvAmount(amount: number): string {
  const [whole, fraction = ''] = String(amount).split('.');
  return `${whole},${(fraction + '00').slice(0, 2)}`;
}
