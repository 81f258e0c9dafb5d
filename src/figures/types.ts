export type { FigureRecord } from '../generated/records.js';
