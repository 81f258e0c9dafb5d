import { createKeyIndex, findByKey, requireByKey } from '../core/key-index.js';
import { memo } from '../core/memo.js';
import { type ActorId, actors } from '../generated/actors.js';
import { actorKeys } from './keys.js';
import type { ActorRecord } from './types.js';

const index = /* @__PURE__ */ memo(() => createKeyIndex('actor', actors(), actorKeys));

/**
 * Finds an actor by id, name, acronym or alias in either language, ignoring case, accents and punctuation;
 * `undefined` when nothing matches. Throws `InvalidArgumentError` when `key` is not a string.
 *
 * @param key - an id, name, acronym or alias in either language
 * @returns the actor, or `undefined` when nothing matches
 * @throws `InvalidArgumentError` when `key` is not a string
 * @example
 * getActor('Claudia Sheinbaum')?.id // 'claudia-sheinbaum'
 * getActor('SRE')?.country // 'MX'
 */
export function getActor(key: ActorId | (string & {})): ActorRecord | undefined {
  return findByKey(index(), key);
}

/**
 * Like `getActor`, but throws `NotFoundError` (with suggestions) when nothing matches.
 *
 * @param key - an id, name, acronym or alias in either language
 * @returns the actor
 * @throws `NotFoundError` (with suggestions) when nothing matches; `InvalidArgumentError` when `key` is not a string
 * @example
 * requireActor('marco-rubio').offices[0]?.role // 'us-secretary-of-state'
 */
export function requireActor(key: ActorId | (string & {})): ActorRecord {
  return requireByKey(index(), key);
}
