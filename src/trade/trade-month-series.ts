import { tradeMonths } from './trade-months.js';
import type { TradeMonthsOptions } from './trade-months.js';
import type { TradeMonthRow } from './types.js';
import { derivedFlows } from './flows.js';

/**
 * Months of U.S. goods trade with Mexico with their derived total and balance, oldest first: the monthly
 * counterpart of `tradeSeries`, with the same columns as `csv/trade-months.csv`. Census rounds each month and each
 * year to $0.1 million separately, so twelve months can sum to a few tenths of a million more or less than the
 * year's figure.
 *
 * @param range - `from` and `to`: partial dates (`'2025'`, `'2025-09'`) or `Date`s; months overlapping them are kept
 * @returns one row per month, in whole U.S. dollars
 * @throws what `tradeMonths` throws: `CoverageError`, `InvalidDateError`, `InvalidRangeError`
 * @example
 * tradeMonthSeries({ from: '2025-01', to: '2025-01' })[0] // { month: '2025-01', exportsUsd: 28000900000, importsUsd: 41597100000, totalUsd: 69598000000, balanceUsd: -13596200000, vintage: 'census-country-xlsx-2026-10', revisable: true }
 */
export function tradeMonthSeries(range?: TradeMonthsOptions): TradeMonthRow[] {
  return tradeMonths(range).map((r) => ({
    month: r.month,
    exportsUsd: r.exportsUsd,
    importsUsd: r.importsUsd,
    ...derivedFlows(r),
    vintage: r.vintage,
    revisable: r.revisable,
  }));
}
