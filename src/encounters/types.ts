import type { DeepReadonly } from '../core/freeze.js';
import type { Encounter } from '../schemas/encounter.js';
import type { Qualifier } from '../schemas/quantity.js';

/** One period of CBP encounters, as shipped (read-only). */
export type EncounterRecord = DeepReadonly<Encounter>;

/** One row of `encounterSeries`. */
export interface EncounterSeriesRow {
  readonly period: string;
  readonly value: number;
  readonly qualifier: Qualifier;
}
