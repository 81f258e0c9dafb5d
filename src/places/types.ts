import type { DeepReadonly } from '../core/freeze.js';
import type { Place } from '../schemas/place.js';

/** A place as shipped (read-only). */
export type PlaceRecord = DeepReadonly<Place>;
