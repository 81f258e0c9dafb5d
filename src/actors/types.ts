import type { DeepReadonly } from '../core/freeze.js';
import type { Actor, Office } from '../schemas/actor.js';
import type { RoleId } from '../generated/roles.js';
import type { Role } from '../schemas/role.js';

/** An actor as shipped (read-only). */
export type ActorRecord = DeepReadonly<Actor>;
/** A term of office as shipped (read-only). */
export type OfficeRecord = DeepReadonly<Office>;
/** A role as shipped (read-only), its id one of the known role ids. */
export type RoleRecord = DeepReadonly<Role> & { readonly id: RoleId };
