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
 * @example
 * requirePlace('Texas').country // 'US'
 */
export function requirePlace(key: PlaceId | (string & {})): PlaceRecord {
  return requireByKey(index(), key);
}

/**
 * The 32 Mexican federal entities (31 states and Mexico City), sorted by INEGI code.
 *
 * @example
 * mexicanStates().length // 32
 */
export function mexicanStates(): PlaceRecord[] {
  return places()
    .filter((p) => p.country === 'MX')
    .sort((a, b) => (a.inegi ?? '').localeCompare(b.inegi ?? ''));
}

/** Options of `borderStates`. */
export interface BorderStatesOptions {
  /** Only the border states of this country. */
  readonly country?: 'MX' | 'US';
}

/**
 * The states on the U.S.–Mexico border, of one country or both, sorted by id.
 *
 * @example
 * borderStates({ country: 'US' }).map((p) => p.iso31662) // ['US-AZ', 'US-CA', 'US-NM', 'US-TX']
 * borderStates().length // 10
 */
export function borderStates(query?: BorderStatesOptions): PlaceRecord[] {
  const { country } = options(query, 'options');
  const wanted = country === undefined ? undefined : oneOf(country, ['MX', 'US'], 'country');
  return places().filter((p) => p.onUsMexicoBorder && (wanted === undefined || p.country === wanted));
}
