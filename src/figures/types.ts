import type { DeepReadonly } from '../core/freeze.js';
import type { Figure } from '../schemas/figure.js';

/** A figure as shipped (read-only). */
export type FigureRecord = DeepReadonly<Figure>;
