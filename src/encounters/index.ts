/**
 * CBP encounters at the southwest border and nationwide, by fiscal year and month, with their qualifiers, vintages
 * and coverage.
 *
 * @packageDocumentation
 * @module us-mexico-relations/encounters
 */
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
