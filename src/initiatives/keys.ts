import { namedKeys } from '../core/named-keys.js';
import type { InitiativeRecord } from './types.js';

/**
 * The texts an initiative can be looked up by: id, names, acronyms and aliases in both languages.
 *
 * @param record - the initiative
 * @returns its id, names, acronyms and aliases, as written
 * @throws never
 * @example
 * initiativeKeys(requireInitiative('usmca')) // ['usmca', 'United States-Mexico-Canada Agreement', …, 'T-MEC', …]
 */
export function initiativeKeys(record: InitiativeRecord): string[] {
  return namedKeys(record);
}
