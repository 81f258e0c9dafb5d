/**
 * Validated, typed, sourced data on U.S.–Mexico relations, and the helpers apps need on top of it.
 *
 * Each domain is also its own entry point (`us-mexico-relations/trade`, `/timeline`, …) so that an app pays only
 * for the data it uses; the zod schemas live in `us-mexico-relations/schemas`.
 *
 * @packageDocumentation
 * @module us-mexico-relations
 */
export * from './errors.js';
export * from './meta.js';
export * from './trade/index.js';
export * from './encounters/index.js';
export * from './remittances/index.js';
export * from './fdi/index.js';
export * from './timeline/index.js';
export * from './initiatives/index.js';
export * from './actors/index.js';
export * from './places/index.js';
export * from './figures/index.js';
export * from './sources/index.js';
export * from './comments/index.js';
export * from './search/index.js';
export * from './format/index.js';
export type { DateInput } from './core/date-input.js';
export type { DeepReadonly } from './core/freeze.js';
export type { ActorId } from './generated/actors.js';
export type { CommentId } from './generated/comments.js';
export type { EventId } from './generated/events.js';
export type { FigureId } from './generated/figures.js';
export type { InitiativeId } from './generated/initiatives.js';
export type { PlaceId } from './generated/places.js';
export type { RoleId } from './generated/roles.js';
export type { SourceId } from './generated/sources.js';
export type * from './generated/records.js';
