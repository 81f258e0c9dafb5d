/**
 * Remittance inflows to Mexico (Banco de México) by year and month, with the U.S. share where stated.
 *
 * @packageDocumentation
 * @module us-mexico-relations/remittances
 */
export {
  getRemittances,
  type RemittanceRecord,
  type RemittanceSeriesOptions,
  type RemittanceSeriesRow,
  remittanceChange,
  remittanceCoverage,
  remittanceSeries,
  remittancesUsdMillions,
} from './remittances.js';
export type { MissingPeriod, SeriesChange, SeriesRange, SeriesRangeOptions } from '../core/series.js';
