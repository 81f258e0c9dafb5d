/**
 * Agreements, dialogues, frameworks and programs, looked up by id, acronym, alias or name in English or Spanish,
 * with their lineage, children, components and events.
 *
 * @packageDocumentation
 * @module us-mexico-relations/initiatives
 */
export { getInitiative, requireInitiative } from './lookup.js';
export { initiativeKeys } from './keys.js';
export { type InitiativesQuery, initiatives } from './initiatives.js';
export {
  type InitiativeKey,
  initiativeChildren,
  initiativeComponents,
  initiativeEvents,
  initiativeLineage,
} from './relations.js';
export type { ComponentRecord, InitiativeRecord } from './types.js';
