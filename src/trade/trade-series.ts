import { options } from '../core/arguments.js';
import { InvalidRangeError } from '../core/errors.js';
import { tradeYears as years } from '../generated/trade-years.js';
import { coveredYear, tradeCoverage } from './coverage.js';
import { derivedFlows } from './flows.js';
import type { TradeSeriesRow } from './types.js';

/** Options of `tradeSeries`: the first and last year, inclusive. */
export interface TradeSeriesOptions {
  readonly from?: number;
  readonly to?: number;
}

/**
 * The annual series with derived total and balance, and the vintage and `revisable` of each year, ready to plot;
 * the same columns as `csv/trade-years.csv`. Throws `CoverageError` when `from` or `to` is
 * outside the series, `InvalidRangeError` when `from` is after `to`, `InvalidArgumentError` for non-whole years.
 *
 * @param range - `from` and `to` years; the series' ends by default
 * @returns one row per year, oldest first
 * @throws `CoverageError` when `from` or `to` is outside the series; `InvalidRangeError` when `from` is after `to`;
 *   `InvalidArgumentError` for a year that is not a whole number
 * @example
 * tradeSeries({ from: 2024, to: 2025 }).map((row) => row.totalUsd) // [837602200000, 871596600000]
 */
export function tradeSeries(range?: TradeSeriesOptions): TradeSeriesRow[] {
  const coverage = tradeCoverage();
  const { from = coverage.from, to = coverage.to } = options(range, 'options');
  const first = coveredYear(from, 'from').year;
  const last = coveredYear(to, 'to').year;
  if (first > last) throw new InvalidRangeError(`from (${first}) is after to (${last}).`);
  return years()
    .slice(first - coverage.from, last - coverage.from + 1)
    .map((r) => ({
      year: r.year,
      exportsUsd: r.exportsUsd,
      importsUsd: r.importsUsd,
      ...derivedFlows(r),
      vintage: r.vintage,
      revisable: r.revisable,
    }));
}
