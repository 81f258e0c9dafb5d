export { type FiguresQuery, figures, getFigure } from './figures.js';
export type { FigureRecord } from './types.js';
