import { oneOf, options } from '../core/arguments.js';
import { describe, InvalidArgumentError } from '../core/errors.js';
import { QUALIFIERS, UNITS } from '../core/vocabulary.js';
import type { Language } from '../schemas/common.js';
import type { Qualifier, Quantity } from '../schemas/quantity.js';

/** Options of `formatQuantity`. */
export interface FormatQuantityOptions {
  /** Default `'en'`. */
  readonly lang?: Language;
  /** `'compact'` (default) writes large money as "$799 billion"; `'standard'` writes every digit. */
  readonly notation?: 'compact' | 'standard';
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

// Spanish "billón" is 10^12, so 10^9 is "mil millones".
const SCALES: Record<Language, readonly { size: number; word: string }[]> = {
  en: [
    { size: 1e12, word: 'trillion' },
    { size: 1e9, word: 'billion' },
    { size: 1e6, word: 'million' },
  ],
  es: [
    { size: 1e12, word: 'billones' },
    { size: 1e9, word: 'mil millones' },
    { size: 1e6, word: 'millones' },
  ],
};

// Mexican Spanish writes 1,234.5, as U.S. English does.
const NUMBER_LOCALE: Record<Language, string> = { en: 'en-US', es: 'es-MX' };

function number(value: number, lang: Language, fractionDigits: number): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: fractionDigits }).format(value);
}

function money(value: number, lang: Language, compact: boolean): string {
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  const scale = compact ? SCALES[lang].find((s) => magnitude >= s.size) : undefined;
  const amount =
    scale === undefined ? number(magnitude, lang, 0) : `${number(magnitude / scale.size, lang, 1)} ${scale.word}`;
  return lang === 'en' ? `${sign}$${amount}` : `${sign}${amount}${scale === undefined ? '' : ' de'} dólares`;
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

/**
 * Writes a quantity as prose, with its qualifier, in English or Spanish. Throws `InvalidArgumentError` for a value
 * that is not a quantity or a bad option.
 *
 * @example
 * formatQuantity({ value: 799e9, unit: 'usd', qualifier: 'approximately' }) // 'approximately $799 billion'
 * formatQuantity({ value: 799e9, unit: 'usd', qualifier: 'approximately' }, { lang: 'es' })
 * // 'aproximadamente 799 mil millones de dólares'
 * formatQuantity({ value: 50, unit: 'people', qualifier: 'at-least' }) // 'at least 50'
 * formatQuantity({ value: 50, unit: 'people', qualifier: 'at-least' }, { lang: 'es' }) // 'al menos 50'
 */
export function formatQuantity(quantity: Quantity, formatOptions?: FormatQuantityOptions): string {
  const checked = checkedQuantity(quantity);
  const { lang = 'en', notation = 'compact' } = options(formatOptions, 'options');
  const language = oneOf(lang, ['en', 'es'], 'lang');
  const compact = oneOf(notation, ['compact', 'standard'], 'notation') === 'compact';
  const amount = {
    usd: () => money(checked.value, language, compact),
    rank: () => (language === 'en' ? `No. ${checked.value}` : `n.º ${checked.value}`),
    percent: () => `${number(checked.value, language, 2)}%`,
    people: () => number(checked.value, language, 2),
    count: () => number(checked.value, language, 2),
  }[checked.unit]();
  const qualifier = QUALIFIER_WORDS[language][checked.qualifier];
  return qualifier === '' ? amount : `${qualifier} ${amount}`;
}
