import type { Qualifier, RemittanceRecord } from '../generated/records.js';
export type { RemittanceRecord } from '../generated/records.js';
import { oneOf, options } from '../core/arguments.js';
import {
  change,
  isMonth,
  periodArgument,
  recordOf,
  type SeriesChange,
  type SeriesRange,
  type SeriesRangeOptions,
  seriesBetween,
} from '../core/series.js';
import { remittances as all } from '../generated/remittances.js';
import { REMITTANCE_COVERAGE } from './coverage.js';

/** One row of `remittanceSeries`, in millions of U.S. dollars as published. */
export interface RemittanceSeriesRow {
  readonly period: string;
  readonly valueUsdMillions: number;
  readonly qualifier: Qualifier;
}

function seriesOf(monthly: boolean): RemittanceRecord[] {
  return all().filter((r) => isMonth(r.period) === monthly);
}

/**
 * The record of one year (`2024` or `'2024'`) or month (`'2024-12'`) of remittances, with its vintage, sources, the
 * U.S. share where stated and the earlier published values, or `undefined` when the data does not have it.
 *
 * @param period - a year (`2024` or `'2024'`) or a month (`'2024-12'`)
 * @returns the record, or `undefined` when the data does not have the period
 * @throws `InvalidArgumentError` for a malformed period
 * @example
 * getRemittances(2024)?.revisions?.[0]?.valueUsdMillions // 64745
 */
export function getRemittances(period: string | number): RemittanceRecord | undefined {
  const p = periodArgument(period, 'period');
  return all().find((r) => r.period === p);
}

/**
 * Remittance inflows to Mexico (Banco de México) in a year or month, in millions of U.S. dollars as published, in
 * the latest vintage the data has. Throws `CoverageError` when the period is not in the data.
 *
 * @param period - a year (`2024` or `'2024'`) or a month (`'2024-12'`)
 * @returns the inflows, US$ millions
 * @throws `CoverageError` when the data does not have the period; `InvalidArgumentError` for a malformed period
 * @example
 * remittancesUsdMillions(2025) // 61791
 * remittancesUsdMillions('2025-12') // 5322
 */
export function remittancesUsdMillions(period: string | number): number {
  const p = periodArgument(period, 'period');
  return recordOf(seriesOf(isMonth(p)), p, 'period', 'remittances').valueUsdMillions;
}

/** Options of `remittanceSeries`: years (default) or months, and the range. */
export interface RemittanceSeriesOptions extends SeriesRangeOptions {
  readonly frequency?: 'year' | 'month';
}

/**
 * The annual (default) or monthly series, oldest first: every period the data has between `from` and `to`.
 *
 * @param choice - `frequency` (`year` or `month`), `from` and `to`
 * @returns one row per period the data has, oldest first
 * @throws `InvalidArgumentError` for an unknown frequency or a bound of the wrong precision; `InvalidRangeError` when
 *   `from` is after `to`
 * @example
 * remittanceSeries({ from: 2023 }).map((r) => r.valueUsdMillions) // [63319, 64746, 61791]
 */
export function remittanceSeries(choice?: RemittanceSeriesOptions): RemittanceSeriesRow[] {
  const { frequency = 'year', ...range } = options(choice, 'options');
  const monthly = oneOf(frequency, ['year', 'month'] as const, 'frequency') === 'month';
  return seriesBetween(seriesOf(monthly), range, 'remittances').map((r) => ({
    period: r.period,
    valueUsdMillions: r.valueUsdMillions,
    qualifier: r.qualifier,
  }));
}

/**
 * How remittances changed from one year (or month) to another, in US$ millions and percent.
 *
 * @param fromPeriod - the earlier year or month
 * @param toPeriod - the later one
 * @returns the absolute (US$ millions) and percentage change
 * @throws `CoverageError` when the data lacks either period; `InvalidArgumentError` for a malformed period
 * @example
 * Math.round(remittanceChange(2024, 2025).percent * 10) / 10 // -4.6
 */
export function remittanceChange(fromPeriod: string | number, toPeriod: string | number): SeriesChange {
  return change(remittancesUsdMillions(fromPeriod), remittancesUsdMillions(toPeriod));
}

/**
 * The stretches of years and months the series covers without gaps.
 *
 * @returns the covered stretches of years and of months, with the missing periods inside
 * @throws never
 * @example
 * remittanceCoverage().years[0] // { from: '2013', to: '2025', missing: [] }
 */
export function remittanceCoverage(): {
  readonly years: readonly SeriesRange[];
  readonly months: readonly SeriesRange[];
} {
  return REMITTANCE_COVERAGE;
}
