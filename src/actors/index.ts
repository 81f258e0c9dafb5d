/**
 * People, governments, agencies and forces, and the office holders of record (`officeHolder`, `officeTerms`,
 * `officeRoles`).
 *
 * @packageDocumentation
 * @module us-mexico-relations/actors
 */
export { getActor, requireActor } from './lookup.js';
export { actorKeys } from './keys.js';
export { type ActorsQuery, actors } from './actors.js';
export { officeHolder } from './office-holder.js';
export { type OfficePeriod, type OfficeTerm, officeTerms } from './office-terms.js';
export { getRole, officeRoles } from './roles.js';
export type { ActorRecord, OfficeRecord, RoleRecord } from './types.js';
