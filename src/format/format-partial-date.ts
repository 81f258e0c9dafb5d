import { options } from '../core/arguments.js';
import { type DateInput, toPartialDateParts } from '../core/date-input.js';
import { describe, InvalidArgumentError, InvalidDateError } from '../core/errors.js';
import { type LanguageTag, resolveLocale } from '../core/locale.js';
import { MONTH_NAMES } from '../core/month-names.js';
import type { PartialDateParts } from '../core/partial-date.js';

/** Options of `formatPartialDate`. */
export interface FormatDateOptions {
  /** `'en'`, `'es'` or a BCP-47 tag (`'en-GB'` writes the day first); default `'en'`. */
  readonly lang?: LanguageTag;
  /**
   * The IANA time zone whose calendar day a `Date` is read in (`'America/Mexico_City'`); default `'UTC'`. Never
   * the machine's own zone, so results do not depend on where the code runs. Strings are calendar dates already.
   */
  readonly timeZone?: string;
}

// Years as four digits at least (0099), and years before 1 CE as 1 − year, as a proleptic calendar writes them.
const year = (value: number) => String(value > 0 ? value : 1 - value).padStart(4, '0');

function dayIn(date: Date, timeZone: string): PartialDateParts {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  } catch {
    throw new InvalidArgumentError(
      `timeZone must be an IANA time zone such as 'America/Mexico_City'; got ${describe(timeZone)}.`,
    );
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  const value = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - value : value,
    month: Number(parts.month),
    day: Number(parts.day),
    precision: 'day',
  };
}

/**
 * Formats a date at its own precision: a year as a year, a month as a month. A `Date` is read as its calendar day in
 * `timeZone` (UTC unless given), never in the machine's zone.
 *
 * @param date - `'2025'`, `'2025-09'`, `'2025-09-03'` or a `Date`.
 * @param formatOptions - `lang` and `timeZone`.
 * @returns The text.
 * @throws `InvalidDateError` for a bad date; `InvalidArgumentError` for an unknown language or time zone.
 * @example
 * formatPartialDate('2025-09') // 'September 2025'
 * formatPartialDate('2025-09', { lang: 'es' }) // 'septiembre de 2025'
 * formatPartialDate('2025-09-03') // 'September 3, 2025'
 * formatPartialDate('2025-09-03', { lang: 'en-GB' }) // '3 September 2025'
 * formatPartialDate('2025-09-03', { lang: 'es-MX' }) // '3 de septiembre de 2025'
 * formatPartialDate(new Date('2025-09-04T05:30:00Z'), { timeZone: 'America/Mexico_City' }) // 'September 3, 2025'
 */
export function formatPartialDate(date: DateInput, formatOptions?: FormatDateOptions): string {
  const { lang = 'en', timeZone } = options(formatOptions, 'options');
  const locale = resolveLocale(lang, 'lang');
  if (timeZone !== undefined && typeof timeZone !== 'string')
    throw new InvalidArgumentError(`timeZone must be a string; got ${describe(timeZone)}.`);
  let parts: PartialDateParts;
  if (date instanceof Date && timeZone !== undefined) {
    if (Number.isNaN(date.getTime())) throw new InvalidDateError('date', date);
    parts = dayIn(date, timeZone);
  } else parts = toPartialDateParts(date, 'date');
  const yyyy = year(parts.year);
  if (parts.precision === 'year' || parts.month === undefined) return yyyy;
  const month = MONTH_NAMES[locale.lang][parts.month - 1] as string;
  if (parts.precision === 'month' || parts.day === undefined)
    return locale.lang === 'es' ? `${month} de ${yyyy}` : `${month} ${yyyy}`;
  if (locale.lang === 'es') return `${parts.day} de ${month} de ${yyyy}`;
  return locale.locale === 'en-GB' ? `${parts.day} ${month} ${yyyy}` : `${month} ${parts.day}, ${yyyy}`;
}
