import type { DeepReadonly } from '../core/freeze.js';
import type { Actor, Office } from '../schemas/actor.js';

/** An actor as shipped (read-only). */
export type ActorRecord = DeepReadonly<Actor>;
/** A term of office as shipped (read-only). */
export type OfficeRecord = DeepReadonly<Office>;
