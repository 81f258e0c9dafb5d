/**
 * A shared `Intl.NumberFormat` for a locale and a number of decimals. Creating one costs far more than formatting
 * with it, and tables format hundreds of amounts in a handful of locales and precisions.
 *
 * @param locale - a BCP 47 tag such as `en-US` or `es-MX`
 * @param minimumFractionDigits - decimals always written
 * @param maximumFractionDigits - decimals at most
 * @returns the formatter, created on first request and reused after
 * @throws never (an unsupported locale falls back to the platform's default, as `Intl` does)
 * @example
 * numberFormat('en-US', 0, 1).format(1234.56) // '1,234.6'
 */
export function numberFormat(
  locale: string,
  minimumFractionDigits: number,
  maximumFractionDigits: number,
): Intl.NumberFormat {
  const key = `${locale} ${minimumFractionDigits} ${maximumFractionDigits}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits, maximumFractionDigits });
    formats.set(key, format);
  }
  return format;
}

const formats = new Map<string, Intl.NumberFormat>();
