import { InvalidDateError, InvalidRangeError } from './errors.js';
import {
  type DaySpan,
  firstDayOf,
  lastDayOf,
  type PartialDateParts,
  parsePartialDate,
  partialDateSpan,
} from './partial-date.js';

/** A date argument: a partial-date string (`'2025'`, `'2025-09'`, `'2025-09-03'`) or a `Date`. */
export type DateInput = string | Date;

/**
 * Reads a date argument. A `Date` counts as the calendar day it falls on in UTC, so that results do not depend on
 * the machine's time zone. Throws `InvalidDateError` for anything else.
 *
 * @example
 * toPartialDateParts('2025-09', 'from') // { year: 2025, month: 9, precision: 'month' }
 */
export function toPartialDateParts(input: unknown, argument: string): PartialDateParts {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new InvalidDateError(argument, input);
    return { year: input.getUTCFullYear(), month: input.getUTCMonth() + 1, day: input.getUTCDate(), precision: 'day' };
  }
  const parts = typeof input === 'string' ? parsePartialDate(input) : undefined;
  if (parts === undefined) throw new InvalidDateError(argument, input);
  return parts;
}

/**
 * The span of days a date argument covers.
 *
 * @example
 * const span = toDaySpan('2025', 'on');
 * span.last - span.first // 364
 */
export function toDaySpan(input: unknown, argument: string): DaySpan {
  return partialDateSpan(toPartialDateParts(input, argument));
}

/**
 * Reads optional `from` and `to` date arguments into a span of days (open ends are unbounded) and throws
 * `InvalidRangeError` when `from` starts after `to` ends.
 *
 * @example
 * toDayRange('2025-09', '2025-09-15').last - toDayRange('2025-09', '2025-09-15').first // 14
 */
export function toDayRange(from: unknown, to: unknown): DaySpan {
  // Date strings the quick way, with no object made (range queries run this twice per call); anything else, and the
  // errors, through toDaySpan.
  const quickFirst = typeof from === 'string' ? firstDayOf(from) : Number.NaN;
  const quickLast = typeof to === 'string' ? lastDayOf(to) : Number.NaN;
  const first =
    from === undefined
      ? Number.NEGATIVE_INFINITY
      : Number.isNaN(quickFirst)
        ? toDaySpan(from, 'from').first
        : quickFirst;
  const last =
    to === undefined ? Number.POSITIVE_INFINITY : Number.isNaN(quickLast) ? toDaySpan(to, 'to').last : quickLast;
  if (first > last) throw new InvalidRangeError(`from (${String(from)}) is after to (${String(to)}).`);
  return { first, last };
}
