import type { DeepReadonly } from '../core/freeze.js';
import type { Component, Initiative } from '../schemas/initiative.js';

/** An initiative as shipped (read-only). */
export type InitiativeRecord = DeepReadonly<Initiative>;
/** A component (pillar, goal, principle, commitment) as shipped (read-only). */
export type ComponentRecord = DeepReadonly<Component>;
