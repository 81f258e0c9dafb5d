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
  /** The year, 1–9999. */
  readonly year: number;
  /** 1–12, present for month and day precision. */
  readonly month?: number;
  /** 1–31, present for day precision. */
  readonly day?: number;
  /** Whether the date is known to the year, the month or the day. */
  readonly precision: DatePrecision;
}

/**
 * Days in a month of the proleptic Gregorian calendar.
 *
 * @example
 * daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Parses a partial date, or returns `undefined` when the text is not a real calendar date of that shape.
 *
 * @param text - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @returns the year, month and day as numbers with the date's precision, or `undefined` for anything else (never
 *   throws)
 *
 * @throws never: anything but a valid partial date gives `undefined`
 * @example
 * parsePartialDate('2025-09') // { year: 2025, month: 9, precision: 'month' }
 * parsePartialDate('2025-02-30') // undefined
 */
export function parsePartialDate(text: string): PartialDateParts | undefined {
  const packed = packedDate(text);
  if (packed < 0) return undefined;
  const year = packedYear(packed);
  const month = packedMonth(packed);
  const day = packedDay(packed);
  if (month === 0) return { year, precision: 'year' };
  if (day === 0) return { year, month, precision: 'month' };
  return { year, month, day, precision: 'day' };
}

// A parsed date packed into one number (year * 512 + month * 32 + day, with 0 for a missing month or day), or -1:
// the hot paths (indexing a million events, two dates per range query) parse without an object per call.
const packedYear = (packed: number): number => Math.floor(packed / 512);
const packedMonth = (packed: number): number => Math.floor(packed / 32) % 16;
const packedDay = (packed: number): number => packed % 32;

/**
 * A partial date packed into one number (see above), or -1 when the text is not a valid partial date: for callers
 * that need both ends of many dates' spans, such as an index, and parse each date once.
 */
export function packedDate(text: string): number {
  // Read character by character rather than with a regular expression: range queries parse two dates per call.
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return -1;
  const year = digits(text, 0, 4);
  if (year < 1) return -1;
  if (length === 4) return year * 512;
  const month = text.charCodeAt(4) === HYPHEN ? digits(text, 5, 7) : -1;
  if (month < 1 || month > 12) return -1;
  if (length === 7) return year * 512 + month * 32;
  const day = text.charCodeAt(7) === HYPHEN ? digits(text, 8, 10) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 512 + month * 32 + day;
}

/**
 * The first day a partial date covers, as a UTC day number, or `NaN` when the text is not a valid partial date.
 * The same as `partialDateSpan(parsePartialDate(text)).first`, with no object made on the way.
 *
 * @param text - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @returns the first day, or `NaN`
 * @throws never
 * @example
 * firstDayOf('2025-09') === dayNumber(2025, 9, 1) // true
 * firstDayOf('2025-02-30') // NaN
 */
export function firstDayOf(text: string): number {
  return firstDayOfPacked(packedDate(text));
}

/** `firstDayOf` for a date `packedDate` has parsed: `NaN` for -1. */
export function firstDayOfPacked(packed: number): number {
  if (packed < 0) return Number.NaN;
  return dayNumber(packedYear(packed), packedMonth(packed) || 1, packedDay(packed) || 1);
}

/**
 * The last day a partial date covers (inclusive), as a UTC day number, or `NaN` when the text is not a valid
 * partial date. The same as `partialDateSpan(parsePartialDate(text)).last`, with no object made on the way.
 *
 * @param text - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @returns the last day, or `NaN`
 * @throws never
 * @example
 * lastDayOf('2024-02') === dayNumber(2024, 2, 29) // true
 * lastDayOf('2024-13') // NaN
 */
export function lastDayOf(text: string): number {
  return lastDayOfPacked(packedDate(text));
}

/** `lastDayOf` for a date `packedDate` has parsed: `NaN` for -1. */
export function lastDayOfPacked(packed: number): number {
  if (packed < 0) return Number.NaN;
  const year = packedYear(packed);
  const month = packedMonth(packed) || 12;
  return dayNumber(year, month, packedDay(packed) || daysInMonth(year, month));
}

const HYPHEN = 45;
const ZERO = 48;

/** The number written by the ASCII digits from `start` to `end`, or -1 if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Whether the text is a valid partial date.
 *
 * @example
 * isPartialDate('2020-07-01') // true
 * isPartialDate('2025-13') // false
 */
export function isPartialDate(text: string): boolean {
  return packedDate(text) >= 0;
}

/**
 * A UTC day number (days since 1970-01-01) for a calendar day.
 *
 * @example
 * dayNumber(1970, 1, 2) // 1
 */
export function dayNumber(year: number, month: number, day: number): number {
  // Days from the civil calendar in whole-number arithmetic (H. Hinnant's algorithm): no Date objects, no time zone.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The first and last day (inclusive UTC day numbers) that a partial date covers. */
export interface DaySpan {
  /** The first day, in days since 1970-01-01 (`new Date(first * 86_400_000)` is its UTC midnight). */
  readonly first: number;
  /** The last day, inclusive, in days since 1970-01-01. */
  readonly last: number;
}

/**
 * The span of days a partial date covers: a year covers 365 or 366 days, a month its days, a day itself.
 *
 * @param parts - a parsed partial date, as `parsePartialDate` returns it
 * @returns the first and last day it covers, as UTC day numbers
 * @throws never
 * @example
 * const span = partialDateSpan({ year: 2025, month: 9, precision: 'month' });
 * span.last - span.first // 29
 * new Date(span.first * 86_400_000).toISOString() // '2025-09-01T00:00:00.000Z'
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
 * Whether two spans share at least one day.
 *
 * @example
 * spansOverlap({ first: 1, last: 5 }, { first: 5, last: 9 }) // true
 */
export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return a.first <= b.last && a.last >= b.first;
}

/**
 * The span of days of a date already known to be valid, such as any date in the shipped data (checked at build
 * time). Throws a `TypeError` otherwise, since that would be a bug, not bad input.
 *
 * @example
 * dateSpan('2025-09').first === dayNumber(2025, 9, 1) // true
 */
export function dateSpan(text: string): DaySpan {
  const parts = parsePartialDate(text);
  if (parts === undefined) throw new TypeError(`not a valid partial date: ${text}`);
  return partialDateSpan(parts);
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
