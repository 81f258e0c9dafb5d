/**
 * Calendar arithmetic on partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
 *
 * Everything here works on integers and UTC day numbers, never on the host's local time, so that results are the
 * same under every `TZ`.
 */

/** How precisely a partial date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** The calendar fields of a valid partial date. */
export interface PartialDateParts {
  readonly year: number;
  /** 1–12, present for month and day precision. */
  readonly month?: number;
  /** 1–31, present for day precision. */
  readonly day?: number;
  readonly precision: DatePrecision;
}

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

/**
 * Days in a month of the proleptic Gregorian calendar.
 *
 * @example
 * daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a partial date, or returns `undefined` when the text is not a real calendar date of that shape.
 *
 * @example
 * parsePartialDate('2025-09') // { year: 2025, month: 9, precision: 'month' }
 * parsePartialDate('2025-02-30') // undefined
 */
export function parsePartialDate(text: string): PartialDateParts | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1) return undefined;
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/**
 * Whether the text is a valid partial date.
 *
 * @example
 * isPartialDate('2020-07-01') // true
 * isPartialDate('2025-13') // false
 */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

/**
 * A UTC day number (days since 1970-01-01) for a calendar day.
 *
 * @example
 * dayNumber(1970, 1, 2) // 1
 */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999, so the year is set separately.
  date.setUTCFullYear(year);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** The first and last day (inclusive UTC day numbers) that a partial date covers. */
export interface DaySpan {
  readonly first: number;
  readonly last: number;
}

/**
 * The span of days a partial date covers: a year covers 365 or 366 days, a month its days, a day itself.
 *
 * @example
 * const span = partialDateSpan({ year: 2025, month: 9, precision: 'month' });
 * span.last - span.first // 29
 */
export function partialDateSpan(parts: PartialDateParts): DaySpan {
  const firstMonth = parts.month ?? 1;
  const lastMonth = parts.month ?? 12;
  return {
    first: dayNumber(parts.year, firstMonth, parts.day ?? 1),
    last: dayNumber(parts.year, lastMonth, parts.day ?? daysInMonth(parts.year, lastMonth)),
  };
}

/**
 * Formats calendar fields back to the canonical partial-date text.
 *
 * @example
 * formatPartialDateParts({ year: 2025, month: 9, precision: 'month' }) // '2025-09'
 */
export function formatPartialDateParts(parts: PartialDateParts): string {
  const year = String(parts.year).padStart(4, '0');
  if (parts.month === undefined) return year;
  const month = String(parts.month).padStart(2, '0');
  if (parts.day === undefined) return `${year}-${month}`;
  return `${year}-${month}-${String(parts.day).padStart(2, '0')}`;
}
