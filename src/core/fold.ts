/**
 * Folds text for matching: strips accents, lower-cases, and drops everything but letters and digits, so that
 * `'T-MEC'`, `'tmec'` and `'T‑MEC'` meet, as do `'Misión Cortafuegos'` and `'mision cortafuegos'`.
 *
 * @example
 * foldKey('Misión Cortafuegos') // 'misioncortafuegos'
 */
export function foldKey(text: string): string {
  // Plain ASCII, the common case, needs no Unicode normalization.
  return ASCII.test(text) ? text.toLowerCase().replace(NOT_ALPHANUMERIC, '') : foldWords(text).join('');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the class is all of ASCII, control characters included.
const ASCII = /^[\x00-\x7f]*$/;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;

/**
 * Lower-cases text and strips its accents, keeping spaces and punctuation: `'Misión Cortafuegos'` becomes
 * `'mision cortafuegos'`, the way people type it.
 *
 * @example
 * stripAccents('Diálogo Económico') // 'dialogo economico'
 */
export function stripAccents(text: string): string {
  // Search folds every word of every record at its first query: ASCII words skip the Unicode normalization.
  return ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

// A constant, so that the build's lowering of the \p escape (a RegExp constructor) runs once, not at every call.
const MARKS = /\p{M}+/gu;

/**
 * Splits text into folded words (accents stripped, lower case), for word-level search.
 *
 * @example
 * foldWords('Diálogo Económico de Alto Nivel') // ['dialogo', 'economico', 'de', 'alto', 'nivel']
 */
export function foldWords(text: string): string[] {
  return stripAccents(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
