/** Keeps `checkJsonSchema` from silently weakening: a schema it cannot fully check fails the generator. */
import { SUPPORTED_FORMATS, SUPPORTED_KEYWORDS } from '../../src/core/json-schema-check.js';

/** Every keyword `checkJsonSchema` would ignore in `schema`, with its path; empty when it checks all of them. */
export function unsupportedKeywords(schema: unknown, path = '#'): string[] {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return [];
  const found: string[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    const at = `${path}/${keyword}`;
    if (!Object.hasOwn(SUPPORTED_KEYWORDS, keyword)) found.push(`${at} (keyword '${keyword}')`);
    else if (keyword === 'type' && typeof value !== 'string') found.push(`${at} (a list of types)`);
    else if (keyword === 'format' && !SUPPORTED_FORMATS.includes(String(value))) found.push(`${at} ('${value}')`);
    else if (keyword === 'items') found.push(...unsupportedKeywords(value, at));
    else if (keyword === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, child] of Object.entries(value)) found.push(...unsupportedKeywords(child, `${at}/${name}`));
    }
  }
  return found;
}

/** Returns `schema` when `checkJsonSchema` checks every keyword in it; throws naming the ones it would ignore. */
export function assertSupportedKeywords<T>(schema: T, name: string): T {
  const found = unsupportedKeywords(schema);
  if (found.length > 0) {
    throw new Error(
      `${name} uses JSON Schema that checkJsonSchema (src/core/json-schema-check.ts) would ignore: ${found.join(', ')}. ` +
        'Teach the checker these keywords, or keep them out of the schema.',
    );
  }
  return schema;
}
