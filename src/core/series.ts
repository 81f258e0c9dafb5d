/**
 * Periods of the statistical series (encounters, remittances, foreign direct investment): calendar years `YYYY`,
 * months `YYYY-MM` and U.S. federal fiscal years `FYYYYY` (FY2024 runs from October 2023 to September 2024), and
 * the shared lookups, ranges and changes built on them.
 */
import { options, text } from './arguments.js';
import { CoverageError, InvalidArgumentError, InvalidRangeError } from './errors.js';

/** A period the series does not have inside a declared range, and why. */
export interface MissingPeriod {
  readonly period: string;
  readonly reason: string;
}

/**
 * A stretch of a series that the data claims to cover without gaps, except the periods listed as missing (each
 * with the reason no readable source gave it). The build fails if any other period inside it is absent.
 */
export interface SeriesRange {
  readonly from: string;
  readonly to: string;
  readonly missing: readonly MissingPeriod[];
}

/** How a value changed from one period to another. */
export interface SeriesChange {
  /** Later value minus earlier value, in the series' unit. */
  readonly absolute: number;
  /** The change as a percentage of the earlier value. */
  readonly percent: number;
}

/** Whether a period is a month (`YYYY-MM`), else a year (`YYYY` or `FYYYYY`). */
export function isMonth(period: string): boolean {
  return /^\d{4}-\d{2}$/.test(period);
}

/** The period after `period`, at the same precision. */
export function nextPeriod(period: string): string {
  if (period.startsWith('FY')) return `FY${Number(period.slice(2)) + 1}`;
  if (!isMonth(period)) return String(Number(period) + 1);
  const [year = 0, month = 0] = period.split('-').map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Every period from `from` to `to`, inclusive, at their precision. */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to && out.length < 10_000; p = nextPeriod(p)) out.push(p);
  return out;
}

/** The twelve months of a calendar year (`2024`) or of a fiscal year (`FY2024`: 2023-10 to 2024-09). */
export function monthsOf(year: string): string[] {
  return year.startsWith('FY')
    ? periodsBetween(`${Number(year.slice(2)) - 1}-10`, `${year.slice(2)}-09`)
    : periodsBetween(`${year}-01`, `${year}-12`);
}

/** The period an argument names, as a string: a year may be given as a number. */
export function periodArgument(value: unknown, argument: string): string {
  const period = typeof value === 'number' && Number.isInteger(value) ? String(value) : text(value, argument);
  if (!/^(FY\d{4}|\d{4}(-(0[1-9]|1[0-2]))?)$/.test(period)) {
    throw new InvalidArgumentError(`${argument} must be YYYY, YYYY-MM or FYYYYY; got '${period}'.`);
  }
  return period;
}

/** Options of the `*Series` helpers: the first and last period, inclusive. */
export interface SeriesRangeOptions {
  readonly from?: string | number;
  readonly to?: string | number;
}

/**
 * The records of one series (already filtered and sorted by period) between `from` and `to`, inclusive. Both
 * default to the series' ends; a bound of another precision than the series, or `from` after `to`, throws.
 */
export function seriesBetween<R extends { readonly period: string }>(
  records: readonly R[],
  range: SeriesRangeOptions | undefined,
  name: string,
): R[] {
  const { from, to } = options(range, 'options');
  const first = records[0]?.period ?? '';
  const last = records[records.length - 1]?.period ?? '';
  const start = from === undefined ? first : periodArgument(from, 'from');
  const end = to === undefined ? last : periodArgument(to, 'to');
  for (const [argument, bound] of [
    ['from', start],
    ['to', end],
  ] as const) {
    if (bound.length !== first.length || bound.startsWith('FY') !== first.startsWith('FY')) {
      throw new InvalidArgumentError(
        `${argument} '${bound}' is not a period of the ${name} series (${first}–${last}).`,
      );
    }
  }
  if (start > end) throw new InvalidRangeError(`from (${start}) is after to (${end}).`);
  return records.filter((r) => r.period >= start && r.period <= end);
}

/** The record of `period` in one series, or a `CoverageError` naming what the series covers. */
export function recordOf<R extends { readonly period: string }>(
  records: readonly R[],
  period: string,
  argument: string,
  name: string,
): R {
  const found = records.find((r) => r.period === period);
  if (found !== undefined) return found;
  const same = records.filter((r) => r.period.length === period.length);
  const from = same[0]?.period ?? '';
  const to = same[same.length - 1]?.period ?? '';
  throw new CoverageError(
    `${argument} ${period} is not in the ${name} series${same.length > 0 ? `, which has periods from ${from} to ${to} (see its coverage for gaps)` : ''}.`,
    { from, to },
  );
}

/** The change from one value to another. */
export function change(before: number, after: number): SeriesChange {
  return { absolute: after - before, percent: ((after - before) / before) * 100 };
}
