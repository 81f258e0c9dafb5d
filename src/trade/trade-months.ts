import { options } from '../core/arguments.js';
import { type DateInput, toDayRange } from '../core/date-input.js';
import { CoverageError } from '../core/errors.js';
import { dateSpan, spansOverlap } from '../core/partial-date.js';
import { tradeMonths as months } from '../generated/trade-months.js';
import type { TradeMonthRecord } from './types.js';

/** Options of `tradeMonths`: months overlapping this range are returned. */
export interface TradeMonthsOptions {
  readonly from?: DateInput;
  readonly to?: DateInput;
}

/**
 * Months of U.S. goods trade with Mexico that overlap a date range, oldest first. Dates are partial dates
 * (`'2025'`, `'2025-09'`, `'2025-09-03'`) or `Date`s. Throws `CoverageError` when the range lies wholly outside the
 * monthly series, `InvalidDateError` for a bad date and `InvalidRangeError` when `from` is after `to`.
 *
 * @param range - `from` and `to`, partial dates or `Date`s; the whole series by default
 * @returns the records of the overlapping months, oldest first
 * @throws `CoverageError` when the range lies wholly outside the monthly series; `InvalidDateError` for a bad date;
 *   `InvalidRangeError` when `from` is after `to`
 * @example
 * tradeMonths({ from: '2025-01', to: '2025-03' }).map((m) => m.month) // ['2025-01', '2025-02', '2025-03']
 */
export function tradeMonths(range?: TradeMonthsOptions): TradeMonthRecord[] {
  const { from, to } = options(range, 'options');
  const wanted = toDayRange(from, to);
  const first = months()[0];
  const last = months()[months().length - 1];
  if (first === undefined || last === undefined) return [];
  if (wanted.last < dateSpan(first.month).first || wanted.first > dateSpan(last.month).last) {
    throw new CoverageError(
      `The monthly goods-trade series covers ${first.month} to ${last.month}; the range asked for lies outside it.`,
      {
        from: first.month,
        to: last.month,
      },
    );
  }
  return months().filter((record) => {
    const span = dateSpan(record.month);
    return spansOverlap(span, wanted);
  });
}
