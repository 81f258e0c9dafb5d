import type { PlaceRecord } from './types.js';

/**
 * The texts a place can be looked up by: id, ISO 3166-2 code, INEGI code and names in both languages.
 *
 * @example
 * placeKeys(requirePlace('MX-CMX')) // ['mx-cmx', 'MX-CMX', '09', 'Mexico City', 'Ciudad de México']
 */
export function placeKeys(record: PlaceRecord): string[] {
  return [
    record.id,
    record.iso31662,
    ...(record.inegi === undefined ? [] : [record.inegi]),
    record.name.en,
    record.name.es,
  ];
}
