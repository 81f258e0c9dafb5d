/**
 * Foreign direct investment in Mexico (Secretaría de Economía) by year, with the part from the United States.
 *
 * @packageDocumentation
 * @module us-mexico-relations/fdi
 */
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
