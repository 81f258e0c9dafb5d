import { createKeyIndex, findByKey, requireByKey } from '../core/key-index.js';
import { memo } from '../core/memo.js';
import { type InitiativeId, initiatives } from '../generated/initiatives.js';
import { initiativeKeys } from './keys.js';
import type { InitiativeRecord } from './types.js';

const index = /* @__PURE__ */ memo(() => createKeyIndex('initiative', initiatives(), initiativeKeys));

/**
 * Finds an initiative by id, acronym, alias or name in either language, ignoring case, accents and punctuation;
 * `undefined` when nothing matches. Throws `InvalidArgumentError` when `key` is not a string.
 *
 * @param key - an id, acronym, alias or name in either language
 * @returns the initiative, or `undefined` when nothing matches
 * @throws `InvalidArgumentError` when `key` is not a string
 * @example
 * getInitiative('T-MEC')?.id // 'usmca'
 * getInitiative('DEAN')?.id // 'hled'
 * getInitiative('Misión Cortafuegos')?.id // 'mission-firewall'
 */
export function getInitiative(key: InitiativeId | (string & {})): InitiativeRecord | undefined {
  return findByKey(index(), key);
}

/**
 * Like `getInitiative`, but throws `NotFoundError` (with the closest keys as suggestions) when nothing matches.
 *
 * @param key - an id, acronym, alias or name in either language
 * @returns the initiative
 * @throws `NotFoundError` (with the closest keys) when nothing matches; `InvalidArgumentError` when `key` is not a
 *   string
 * @example
 * requireInitiative('tmec').name.es // 'Tratado entre México, Estados Unidos y Canadá'
 */
export function requireInitiative(key: InitiativeId | (string & {})): InitiativeRecord {
  return requireByKey(index(), key);
}
