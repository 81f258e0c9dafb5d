export {
  type FdiSeriesRow,
  type FdiYearRecord,
  fdiChange,
  fdiCoverage,
  fdiFromUs,
  fdiSeries,
  fdiTotal,
  getFdiYear,
} from './fdi.js';
export type { MissingPeriod, SeriesChange, SeriesRange, SeriesRangeOptions } from '../core/series.js';
