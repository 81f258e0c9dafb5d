import { namedKeys } from '../core/named-keys.js';
import type { ActorRecord } from './types.js';

/**
 * The texts an actor can be looked up by: id, names, acronyms and aliases in both languages.
 *
 * @param record - the actor
 * @returns its id, names, acronyms and aliases, as written
 * @throws never
 * @example
 * actorKeys(requireActor('sre')) // ['sre', 'Secretariat of Foreign Affairs', …]
 */
export function actorKeys(record: ActorRecord): string[] {
  return namedKeys(record);
}
