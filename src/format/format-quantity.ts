import type { Language, Qualifier, Quantity } from '../generated/records.js';
import { oneOf, options } from '../core/arguments.js';
import { describe, InvalidArgumentError } from '../core/errors.js';
import { type LanguageTag, type ResolvedLocale, resolveLocale } from '../core/locale.js';
import { QUALIFIERS, UNITS } from '../core/vocabulary.js';
import { formatNumber } from '../core/number-format.js';

/** Options of `formatQuantity`, `formatUsd` and `formatBalance`. */
export interface FormatQuantityOptions {
  /** `'en'`, `'es'` or a BCP-47 tag (`'es-MX'`, `'es-ES'`, `'en-US'`, `'en-GB'`); default `'en'`. */
  readonly lang?: LanguageTag;
  /** `'compact'` (default) writes large money as "$799 billion"; `'standard'` writes every digit. */
  readonly notation?: 'compact' | 'standard';
}

/** Options of `formatUsd` and `formatBalance`: those of `formatQuantity`, and a qualifier for the amount. */
export interface FormatUsdOptions extends FormatQuantityOptions {
  /** Default `'exact'`. */
  readonly qualifier?: Qualifier;
}

const QUALIFIER_WORDS: Record<Language, Record<Qualifier, string>> = {
  en: {
    exact: '',
    approximately: 'approximately',
    'at-least': 'at least',
    'more-than': 'more than',
    'at-most': 'at most',
  },
  es: {
    exact: '',
    approximately: 'aproximadamente',
    'at-least': 'al menos',
    'more-than': 'más de',
    'at-most': 'como máximo',
  },
};

interface Scale {
  readonly size: number;
  /** The word after an amount on this scale. */
  readonly many: string;
  /** Spanish only: an amount of exactly 1 and -1 on this scale ("un millón", "mil millones"). */
  readonly one?: string;
  readonly minusOne?: string;
  /** The smallest magnitude written with this scale: one that would round up to it in the scale below. */
  readonly from: number;
}

// Spanish "billón" is 10^12, so 10^9 is "mil millones" (and one of it is "mil millones", not "1 mil millones").
// Amounts on a scale keep one decimal, and whole dollars none, so 999,950,000 is "$1 billion", not "$1,000 million".
const SCALES: Record<Language, readonly Scale[]> = {
  en: [
    { size: 1e12, many: 'trillion', from: 1e12 - 5e7 },
    { size: 1e9, many: 'billion', from: 1e9 - 5e4 },
    { size: 1e6, many: 'million', from: 1e6 - 0.5 },
  ],
  es: [
    { size: 1e12, many: 'billones', one: 'un billón', minusOne: '-1 billón', from: 1e12 - 5e7 },
    { size: 1e9, many: 'mil millones', one: 'mil millones', minusOne: '-mil millones', from: 1e9 - 5e4 },
    { size: 1e6, many: 'millones', one: 'un millón', minusOne: '-1 millón', from: 1e6 - 0.5 },
  ],
};

function number(value: number, locale: ResolvedLocale, fractionDigits: number): string {
  return formatNumber(value, locale.locale, 0, fractionDigits);
}

function money(value: number, locale: ResolvedLocale, compact: boolean): string {
  const { lang } = locale;
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  const scale = compact ? SCALES[lang].find((s) => magnitude >= s.from) : undefined;
  if (scale === undefined) {
    const amount = number(magnitude, locale, 0);
    return lang === 'en' ? `${sign}$${amount}` : `${sign}${amount} dólares`;
  }
  const digits = number(magnitude / scale.size, locale, 1);
  if (lang === 'en') return `${sign}$${digits} ${scale.many}`;
  const words = digits !== '1' ? `${sign}${digits} ${scale.many}` : sign === '' ? scale.one : scale.minusOne;
  return `${words} de dólares`;
}

/** Checks a quantity field by field, so that the error names the field that is wrong. */
function checkedQuantity(value: unknown): Quantity {
  const q = options(value as Quantity, 'quantity');
  if (typeof q.value !== 'number' || !Number.isFinite(q.value))
    throw new InvalidArgumentError(`quantity.value must be a finite number; got ${describe(q.value)}.`);
  return {
    value: q.value,
    unit: oneOf(q.unit, UNITS, 'quantity.unit'),
    qualifier: oneOf(q.qualifier, QUALIFIERS, 'quantity.qualifier'),
  };
}

interface Settings {
  readonly locale: ResolvedLocale;
  readonly compact: boolean;
}

function settings(formatOptions: FormatQuantityOptions | undefined): Settings {
  const { lang = 'en', notation = 'compact' } = options(formatOptions, 'options');
  if (notation !== 'compact' && notation !== 'standard')
    throw new InvalidArgumentError(`notation must be one of 'compact', 'standard'; got ${describe(notation)}.`);
  return { locale: resolveLocale(lang, 'lang'), compact: notation === 'compact' };
}

function qualified(amount: string, qualifier: Qualifier, lang: Language): string {
  const words = QUALIFIER_WORDS[lang][qualifier];
  return words === '' ? amount : `${words} ${amount}`;
}

function usdArguments(
  value: unknown,
  formatOptions: FormatUsdOptions | undefined,
): Settings & { qualifier: Qualifier } {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new InvalidArgumentError(`value must be a finite number of dollars; got ${describe(value)}.`);
  const qualifier = options(formatOptions, 'options').qualifier ?? 'exact';
  if (!(QUALIFIERS as readonly unknown[]).includes(qualifier))
    throw new InvalidArgumentError(
      `qualifier must be one of ${QUALIFIERS.map((q) => `'${q}'`).join(', ')}; got ${describe(qualifier)}.`,
    );
  return { ...settings(formatOptions), qualifier };
}

/**
 * Writes a quantity as prose, with its qualifier, in English or Spanish: Spanish number words ("un millón", "mil
 * millones", "un billón"), amounts that round up to the next scale written on it ("$1 billion", never "$1,000
 * million"), and the separators of the region of `lang` (`'es-ES'` writes "1,2 billones").
 *
 * @param quantity - A `{ value, unit, qualifier }` from the data, or one of your own.
 * @param formatOptions - `lang` and `notation`.
 * @returns The text.
 * @throws `InvalidArgumentError` for a value that is not a quantity or a bad option.
 * @example
 * formatQuantity({ value: 799e9, unit: 'usd', qualifier: 'approximately' }) // 'approximately $799 billion'
 * formatQuantity({ value: 799e9, unit: 'usd', qualifier: 'approximately' }, { lang: 'es' })
 * // 'aproximadamente 799 mil millones de dólares'
 * formatQuantity({ value: 1e6, unit: 'usd', qualifier: 'exact' }, { lang: 'es-MX' }) // 'un millón de dólares'
 * formatQuantity({ value: 50, unit: 'people', qualifier: 'at-least' }) // 'at least 50'
 * formatQuantity({ value: 50, unit: 'people', qualifier: 'at-least' }, { lang: 'es' }) // 'al menos 50'
 */
export function formatQuantity(quantity: Quantity, formatOptions?: FormatQuantityOptions): string {
  const checked = checkedQuantity(quantity);
  const { locale, compact } = settings(formatOptions);
  const { lang } = locale;
  const amount = {
    usd: () => money(checked.value, locale, compact),
    rank: () => (lang === 'en' ? `No. ${checked.value}` : `n.º ${checked.value}`),
    percent: () => `${number(checked.value, locale, 2)}%`,
    people: () => number(checked.value, locale, 2),
    count: () => number(checked.value, locale, 2),
  }[checked.unit]();
  return qualified(amount, checked.qualifier, lang);
}

/**
 * Writes a plain number of U.S. dollars, as `formatQuantity` writes money: for trade totals and anything else that
 * is not wrapped in a quantity.
 *
 * @param value - Dollars; may be negative.
 * @param formatOptions - `lang`, `notation` and `qualifier`.
 * @returns The text.
 * @throws `InvalidArgumentError` when `value` is not a finite number or an option is bad.
 * @example
 * formatUsd(797_324_600_000) // '$797.3 billion'
 * formatUsd(797_324_600_000, { lang: 'es-ES' }) // '797,3 mil millones de dólares'
 * formatUsd(1e9, { lang: 'es' }) // 'mil millones de dólares'
 * formatUsd(999_950_000) // '$1 billion'
 * formatUsd(1234.5, { notation: 'standard', qualifier: 'approximately' }) // 'approximately $1,235'
 */
export function formatUsd(value: number, formatOptions?: FormatUsdOptions): string {
  const { locale, compact, qualifier } = usdArguments(value, formatOptions);
  return qualified(money(value, locale, compact), qualifier, locale.lang);
}

const BALANCE_WORDS: Record<Language, { deficit: string; surplus: string; even: string }> = {
  en: { deficit: 'deficit of', surplus: 'surplus of', even: 'balance of' },
  es: { deficit: 'déficit de', surplus: 'superávit de', even: 'saldo de' },
};

/**
 * Writes a balance (exports minus imports, say) as a deficit or a surplus of its size, the way readers expect it,
 * rather than as a negative amount.
 *
 * @param balance - Dollars, or a quantity in `usd`, negative for a deficit.
 * @param formatOptions - `lang`, `notation` and (for a number) `qualifier`.
 * @returns The text.
 * @throws `InvalidArgumentError` for a value that is neither a finite number nor a `usd` quantity, or a bad option.
 * @example
 * formatBalance(-168_600_000_000) // 'deficit of $168.6 billion'
 * formatBalance(-168_600_000_000, { lang: 'es', qualifier: 'approximately' })
 * // 'déficit de aproximadamente 168.6 mil millones de dólares'
 * formatBalance({ value: 2e9, unit: 'usd', qualifier: 'exact' }, { lang: 'es-MX' }) // 'superávit de 2 mil millones de dólares'
 */
export function formatBalance(balance: number | Quantity, formatOptions?: FormatUsdOptions): string {
  const quantity = typeof balance === 'number' ? undefined : checkedQuantity(balance);
  if (quantity !== undefined && quantity.unit !== 'usd')
    throw new InvalidArgumentError(`balance must be a number or a usd quantity; got ${describe(balance)}.`);
  const value = quantity?.value ?? balance;
  const { locale, compact, qualifier } = usdArguments(value, {
    ...options(formatOptions, 'options'),
    ...(quantity === undefined ? {} : { qualifier: quantity.qualifier }),
  });
  const words = BALANCE_WORDS[locale.lang];
  const kind = (value as number) < 0 ? words.deficit : (value as number) > 0 ? words.surplus : words.even;
  return `${kind} ${qualified(money(Math.abs(value as number), locale, compact), qualifier, locale.lang)}`;
}
