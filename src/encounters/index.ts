export type { EncounterCoverage, EncounterSeriesKey } from './coverage.js';
export {
  type EncounterOptions,
  type EncounterSeriesOptions,
  encounterChange,
  encounterCount,
  encounterCoverage,
  encounterSeries,
  getEncounters,
} from './encounters.js';
export type { EncounterRecord, EncounterSeriesRow } from './types.js';
export type { MissingPeriod, SeriesChange, SeriesRange, SeriesRangeOptions } from '../core/series.js';
