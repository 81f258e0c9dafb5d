import type { DeepReadonly } from '../core/freeze.js';
import type { TradeMonth, TradeYear } from '../schemas/trade.js';

/** A year of U.S. goods trade with Mexico, as shipped (read-only). */
export type TradeYearRecord = DeepReadonly<TradeYear>;
/** A month of U.S. goods trade with Mexico, as shipped (read-only). */
export type TradeMonthRecord = DeepReadonly<TradeMonth>;

/** One row of `tradeSeries`: a year's flows with the derived total and balance, in whole U.S. dollars. */
export interface TradeSeriesRow {
  readonly year: number;
  readonly exportsUsd: number;
  readonly importsUsd: number;
  /** Exports plus imports. */
  readonly totalUsd: number;
  /** Exports minus imports; negative is a U.S. deficit. */
  readonly balanceUsd: number;
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
