export type { TradeYearRecord, TradeMonthRecord } from '../generated/records.js';

/** Exports, imports and their derived total and balance, in whole U.S. dollars. */
export interface TradeFlows {
  readonly exportsUsd: number;
  readonly importsUsd: number;
  /** Exports plus imports. */
  readonly totalUsd: number;
  /** Exports minus imports; negative is a U.S. deficit. */
  readonly balanceUsd: number;
}

/** One row of `tradeSeries`: a year's flows with the derived total and balance, and the vintage of its values. */
export interface TradeSeriesRow extends TradeFlows {
  readonly year: number;
  /** Id of the source that is the Census release (vintage) of the values. */
  readonly vintage: string;
  /** Whether Census may still revise the year. */
  readonly revisable: boolean;
}

/** One row of `tradeMonthSeries`: a month's flows with the derived total and balance, and its vintage. */
export interface TradeMonthRow extends TradeFlows {
  /** The month, YYYY-MM. */
  readonly month: string;
  /** Id of the source that is the Census release (vintage) of the values. */
  readonly vintage: string;
  /** Whether Census may still revise the month. */
  readonly revisable: boolean;
}

/** A period against the same period a year earlier (`tradeYearOverYear`, `tradeYearToDate`). */
export interface TradeComparison {
  /** The period: a year, a month, or a range such as `'2025-01/2025-03'`. */
  readonly period: string;
  /** The same period a year earlier. */
  readonly comparedWith: string;
  readonly current: TradeFlows;
  readonly previous: TradeFlows;
  /** Current minus previous, in U.S. dollars. */
  readonly change: TradeFlows;
  /** The change as a percentage of the previous value. */
  readonly percent: { readonly exports: number; readonly imports: number; readonly total: number };
}

/** How total two-way goods trade changed between two years. */
export interface TradeChange {
  /** Later total minus earlier total, in U.S. dollars. */
  readonly absoluteUsd: number;
  /** The change as a percentage of the earlier total. */
  readonly percent: number;
  /** Compound annual growth rate over the years between, in percent (0 when the years are equal). */
  readonly cagrPercent: number;
}
