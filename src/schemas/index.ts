/**
 * The zod schemas of every record kind, for validating data of the same shape. The only entry that loads zod (4, or
 * 3.25.18 and later through `zod/v4`).
 *
 * @packageDocumentation
 * @module us-mexico-relations/schemas
 */
export * from './common.js';
export * from './partial-date.js';
export * from './localized-text.js';
export * from './quantity.js';
export * from './citation.js';
export * from './source.js';
export * from './initiative.js';
export * from './event.js';
export * from './actor.js';
export * from './role.js';
export * from './place.js';
export * from './figure.js';
export * from './trade.js';
export * from './comment.js';
export * from './series.js';
export * from './encounter.js';
export * from './remittance.js';
export * from './fdi.js';
