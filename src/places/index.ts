/**
 * The 32 Mexican federal entities and the U.S. border states, looked up by ISO 3166-2 code, INEGI code or name.
 *
 * @packageDocumentation
 * @module us-mexico-relations/places
 */
export { type BorderStatesOptions, borderStates, getPlace, mexicanStates, requirePlace } from './places.js';
export { placeKeys } from './keys.js';
export type { PlaceRecord } from './types.js';
