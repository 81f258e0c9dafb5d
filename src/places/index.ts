export { type BorderStatesOptions, borderStates, getPlace, mexicanStates, requirePlace } from './places.js';
export { placeKeys } from './keys.js';
export type { PlaceRecord } from './types.js';
