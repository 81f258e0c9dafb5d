/**
 * U.S. goods trade with Mexico by year and month (Census basis): totals, balances, series, changes, year over year
 * and year to date, and earlier vintages.
 *
 * @packageDocumentation
 * @module us-mexico-relations/trade
 */
export { tradeCoverage } from './coverage.js';
export { getTradeYear, tradeYears } from './trade-years.js';
export { type TradeMonthsOptions, tradeMonths } from './trade-months.js';
export { tradeBalance, tradeExports, tradeImports, tradeTotal } from './trade-values.js';
export { type TradeSeriesOptions, tradeSeries } from './trade-series.js';
export { tradeChange } from './trade-change.js';
export { mexicoRank } from './mexico-rank.js';
export { tradeMonthSeries } from './trade-month-series.js';
export { tradeYearOverYear, tradeYearToDate } from './trade-compare.js';
export type {
  TradeChange,
  TradeComparison,
  TradeFlows,
  TradeMonthRecord,
  TradeMonthRow,
  TradeSeriesRow,
  TradeYearRecord,
} from './types.js';
export type { TradeRevision, TradeVintageOptions, TradeVintageSelector } from './vintage-history.js';
export { tradeRevisions, tradeVintage } from './vintages.js';
