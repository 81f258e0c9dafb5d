import { format } from 'date-fns/format';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { oneOf, options } from '../core/arguments.js';
import { type DateInput, toPartialDateParts } from '../core/date-input.js';
import type { Language } from '../schemas/common.js';

/** Options of `formatPartialDate`. */
export interface FormatDateOptions {
  /** Default `'en'`. */
  readonly lang?: Language;
}

const PATTERNS = {
  en: { year: 'yyyy', month: 'MMMM yyyy', day: 'MMMM d, yyyy' },
  es: { year: 'yyyy', month: "MMMM 'de' yyyy", day: "d 'de' MMMM 'de' yyyy" },
} as const;

const LOCALES = { en: enUS, es } as const;

/**
 * Formats a date at its own precision: a year as a year, a month as a month. A `Date` is read as its UTC calendar
 * day. Throws `InvalidDateError` for a bad date and `InvalidArgumentError` for an unknown language.
 *
 * @example
 * formatPartialDate('2025-09') // 'September 2025'
 * formatPartialDate('2025-09', { lang: 'es' }) // 'septiembre de 2025'
 * formatPartialDate('2025-09-03') // 'September 3, 2025'
 * formatPartialDate('2025-09-03', { lang: 'es' }) // '3 de septiembre de 2025'
 */
export function formatPartialDate(date: DateInput, formatOptions?: FormatDateOptions): string {
  const lang = oneOf(options(formatOptions, 'options').lang ?? 'en', ['en', 'es'], 'lang');
  const parts = toPartialDateParts(date, 'date');
  // A local date at noon on the same calendar day: date-fns formats local fields, and noon is clear of DST gaps.
  const local = new Date(2000, (parts.month ?? 1) - 1, parts.day ?? 1, 12);
  local.setFullYear(parts.year);
  return format(local, PATTERNS[lang][parts.precision], { locale: LOCALES[lang] });
}
