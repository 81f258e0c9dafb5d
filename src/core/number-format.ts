/**
 * Number formatting for the four locales the package writes (src/core/locale.ts), written out instead of asking
 * `Intl.NumberFormat`: creating the first one costs about 25 ms in Node (its decimal data loads on first use), a
 * sixth of `usmx brief`'s start, while the rules below are all these locales need. test/number-format.test.ts
 * checks the output against `Intl.NumberFormat` for every locale.
 */

/**
 * Writes a number in one of the package's locales, rounded half away from zero to at most `maximumFractionDigits`
 * decimals and padded to `minimumFractionDigits`: the text `Intl.NumberFormat` writes with these options. Like
 * `Intl`, it rounds the shortest decimal that reads back as the number (what `String` writes), so 1.005 is 1.01.
 *
 * @param value - the number; `NaN` and infinities are written as `Intl` writes them
 * @param locale - `'en-US'`, `'en-GB'`, `'es-MX'` or `'es-ES'` (a `ResolvedLocale`'s locale)
 * @param minimumFractionDigits - decimals always written
 * @param maximumFractionDigits - decimals at most
 * @returns the text
 * @throws never: the callers pass a resolved locale
 * @example
 * formatNumber(1234.56, 'en-US', 0, 1) // '1,234.6'
 * formatNumber(1234.56, 'es-ES', 2, 2) // '1234,56'
 * formatNumber(12345.6, 'es-ES', 0, 0) // '12.346'
 */
export function formatNumber(
  value: number,
  locale: string,
  minimumFractionDigits: number,
  maximumFractionDigits: number,
): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  // The number times 10^maximumFractionDigits is the integer in the first `end` digits, rounded by the next one.
  const end = whole.length + Number(exponent) + maximumFractionDigits;
  const digits = (whole + fraction).padEnd(end, '0');
  const scaled = (end > 0 ? BigInt(digits.slice(0, end)) : 0n) + (end >= 0 && (digits[end] ?? '0') >= '5' ? 1n : 0n);
  const text = String(scaled).padStart(maximumFractionDigits + 1, '0');
  const integer = text.slice(0, text.length - maximumFractionDigits);
  const decimals = text.slice(integer.length).replace(/0+$/, '').padEnd(minimumFractionDigits, '0');
  // Spain writes 1234,5 and 12.345,5; the other three locales write 1,234.5.
  const spain = locale === 'es-ES';
  const grouped = integer.length < (spain ? 5 : 4) ? integer : integer.replace(/\B(?=(\d{3})+$)/g, spain ? '.' : ',');
  return `${sign}${grouped}${decimals === '' ? '' : (spain ? ',' : '.') + decimals}`;
}
