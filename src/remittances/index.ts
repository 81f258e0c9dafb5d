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
