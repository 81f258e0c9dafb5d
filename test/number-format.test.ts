import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../src/core/number-format.js';

const LOCALES = ['en-US', 'en-GB', 'es-MX', 'es-ES'] as const;
const intl = (value: number, locale: string, minimum: number, maximum: number) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: minimum, maximumFractionDigits: maximum }).format(value);

describe('formatNumber writes what Intl.NumberFormat writes', () => {
  it.each(LOCALES)('in %s, for edge cases', (locale) => {
    const values = [0, -0, 0.5, 1.5, -2.5, 0.125, 1.005, 9.995, 999.95, 999_999.5, 1234, 12_345, -0.001, 5e-7, 1e21];
    const more = [1.2345678901234566e25, Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Infinity, -Infinity];
    for (const value of [...values, ...more])
      for (const [minimum, maximum] of [
        [0, 0],
        [0, 1],
        [1, 1],
        [0, 2],
        [2, 2],
      ] as const)
        expect(formatNumber(value, locale, minimum, maximum)).toBe(intl(value, locale, minimum, maximum));
  });
  it('for any double, locale and number of decimals', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (value, locale, minimum, extra) =>
          formatNumber(value, locale, minimum, minimum + extra) === intl(value, locale, minimum, minimum + extra),
      ),
      { numRuns: 20_000 },
    );
  });
  it('for amounts with few decimals, where rounding halves matter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 0, max: 3 }),
        (units, scale, locale, maximum) => {
          const value = units / 10 ** scale;
          return formatNumber(value, locale, 0, maximum) === intl(value, locale, 0, maximum);
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
