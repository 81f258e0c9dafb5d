import type { PlaceRecord } from './types.js';

/**
 * The texts a place can be looked up by, as the files that name places write them: id, ISO 3166-2 code with and
 * without its country prefix (the latter is the USPS code of a U.S. state), INEGI code with and without its leading
 * zero, INEGI's official name and abbreviation, names in both languages and common aliases.
 *
 * @param record - the place
 * @returns every key of the place, as written
 * @throws never
 * @example
 * placeKeys(requirePlace('MX-CMX')).includes('CDMX') // true
 * placeKeys(requirePlace('US-TX')).includes('TX') // true
 */
export function placeKeys(record: PlaceRecord): string[] {
  const subdivision = record.iso31662.slice(record.country.length + 1);
  return [
    record.id,
    record.iso31662,
    subdivision,
    ...(record.inegi === undefined ? [] : [record.inegi, String(Number(record.inegi))]),
    ...(record.officialName === undefined ? [] : [record.officialName]),
    ...(record.abbreviation === undefined ? [] : [record.abbreviation]),
    record.name.en,
    record.name.es,
    ...record.aliases,
  ];
}
