import type { Qualifier } from '../generated/records.js';
export type { EncounterRecord } from '../generated/records.js';

/** One row of `encounterSeries`. */
export interface EncounterSeriesRow {
  readonly period: string;
  readonly value: number;
  readonly qualifier: Qualifier;
}
