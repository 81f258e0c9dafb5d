/**
 * Sourced numbers, each with its unit, date and qualifier.
 *
 * @packageDocumentation
 * @module us-mexico-relations/figures
 */
export { type FiguresQuery, figures, getFigure } from './figures.js';
export type { FigureRecord } from './types.js';
