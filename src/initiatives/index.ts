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
