/**
 * Formats an amount the server sent (kroner, at most two decimals) the Danish way, `1.234,56 kr.`, by rewriting its
 * decimal digits: the browser never does arithmetic on money, so no floating-point rounding can creep in.
 */
export function formatKroner(amount: number | string): string {
  const text = typeof amount === 'number' ? numberText(amount) : amount.trim();
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const cents = (fraction + '00').slice(0, 2);
  return `${negative ? '-' : ''}${grouped},${cents} kr.`;
}

// JavaScript writes the shortest text that reads back as the same number, which for an amount with two decimals is
// those digits; only very large or very small numbers come out in exponent form, and those are written out in full.
function numberText(amount: number): string {
  const text = String(amount);
  if (!/e/i.test(text)) return text;
  return amount.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 2 });
}
