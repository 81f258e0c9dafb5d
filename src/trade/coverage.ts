import { wholeNumber } from '../core/arguments.js';
import { CoverageError } from '../core/errors.js';
import { tradeYears as years } from '../generated/trade-years.js';
import type { TradeYearRecord } from './types.js';

/**
 * The first and last year of the annual goods-trade series.
 *
 * @returns the first and last year
 * @throws never
 * @example
 * tradeCoverage() // { from: 1985, to: 2025 }
 */
export function tradeCoverage(): { readonly from: number; readonly to: number } {
  return { from: years()[0]?.year ?? Number.NaN, to: years()[years().length - 1]?.year ?? Number.NaN };
}

/** The record of a covered year; throws `InvalidArgumentError` or `CoverageError` otherwise. */
export function coveredYear(year: unknown, argument = 'year'): TradeYearRecord {
  const value = wholeNumber(year, argument);
  const { from, to } = tradeCoverage();
  const record = years()[value - from];
  if (record === undefined) {
    throw new CoverageError(`${argument} ${value} is outside the goods-trade series, which covers ${from}–${to}.`, {
      from,
      to,
    });
  }
  return record;
}
