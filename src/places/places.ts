import { compareCodeUnits } from '../core/compare.js';
import { createKeyIndex, findByKey, requireByKey } from '../core/key-index.js';
import { memo } from '../core/memo.js';
import { oneOf, options } from '../core/arguments.js';
import { type PlaceId, places } from '../generated/places.js';
import { placeKeys } from './keys.js';
import type { PlaceRecord } from './types.js';

const index = /* @__PURE__ */ memo(() => createKeyIndex('place', places(), placeKeys));

/**
 * Finds a place by id, ISO 3166-2 code, INEGI code or name in either language, ignoring case and accents;
 * `undefined` when nothing matches. Throws `InvalidArgumentError` when `key` is not a string.
 *
 * @param key - an id, ISO 3166-2 code, INEGI code or name in either language
 * @returns the place, or `undefined` when nothing matches
 * @throws `InvalidArgumentError` when `key` is not a string
 * @example
 * getPlace('MX-NLE')?.name.es // 'Nuevo León'
 * getPlace('nuevo leon')?.iso31662 // 'MX-NLE'
 * getPlace('19')?.id // 'mx-nle'
 */
export function getPlace(key: PlaceId | (string & {})): PlaceRecord | undefined {
  return findByKey(index(), key);
}

/**
 * Like `getPlace`, but throws `NotFoundError` (with suggestions) when nothing matches.
 *
 * @param key - an id, ISO 3166-2 code, INEGI code or name in either language
 * @returns the place
 * @throws `NotFoundError` (with suggestions) when nothing matches; `InvalidArgumentError` when `key` is not a string
 * @example
 * requirePlace('Texas').country // 'US'
 */
export function requirePlace(key: PlaceId | (string & {})): PlaceRecord {
  return requireByKey(index(), key);
}

/**
 * The 32 Mexican federal entities (31 states and Mexico City), sorted by INEGI code.
 *
 * @returns the 32 entities, a new array each call
 * @throws never
 * @example
 * mexicanStates().length // 32
 */
export function mexicanStates(): PlaceRecord[] {
  return places()
    .filter((p) => p.country === 'MX')
    .sort((a, b) => compareCodeUnits(a.inegi ?? '', b.inegi ?? ''));
}

/** Options of `borderStates`. */
export interface BorderStatesOptions {
  /** Only the border states of this country. */
  readonly country?: 'MX' | 'US';
}

/**
 * The states on the U.S.–Mexico border, of one country or both, sorted by id.
 *
 * @param query - `country`: `MX` or `US`; both by default
 * @returns the border states, sorted by id
 * @throws `InvalidArgumentError` for another country or a `query` that is not an object
 * @example
 * borderStates({ country: 'US' }).map((p) => p.iso31662) // ['US-AZ', 'US-CA', 'US-NM', 'US-TX']
 * borderStates().length // 10
 */
export function borderStates(query?: BorderStatesOptions): PlaceRecord[] {
  const { country } = options(query, 'options');
  const wanted = country === undefined ? undefined : oneOf(country, ['MX', 'US'], 'country');
  return places().filter((p) => p.onUsMexicoBorder && (wanted === undefined || p.country === wanted));
}
