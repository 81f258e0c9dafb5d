export { getActor, requireActor } from './lookup.js';
export { actorKeys } from './keys.js';
export { type ActorsQuery, actors } from './actors.js';
export { officeHolder, officeRoles } from './office-holder.js';
export type { ActorRecord, OfficeRecord } from './types.js';
