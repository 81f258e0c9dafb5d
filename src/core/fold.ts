import { memo } from './memo.js';

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
  return ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(markRuns(), '').toLowerCase();
}

// V8 loads Unicode property data to check a regular expression with a \p{…} escape: where such a literal is written,
// it does so when it parses the module, even if the function holding it never runs (about 0.55 ms of importing
// ./places, a third of it). So these two are built from text at their first use, once each.
// biome-ignore lint/complexity/useRegexLiterals: a literal is what costs at import (above).
const markRuns = /* @__PURE__ */ memo(() => new RegExp('\\p{M}+', 'gu'));
// biome-ignore lint/complexity/useRegexLiterals: a literal is what costs at import (above).
const nonWordRuns = /* @__PURE__ */ memo(() => new RegExp('[^\\p{L}\\p{N}]+', 'u'));

/**
 * Splits text into its words: the runs of letters and digits, in any script.
 *
 * @param text - Any text.
 * @returns The words, in order, as written.
 * @throws Never.
 * @example
 * words('T-MEC, 2020: ¡Sí!') // ['T', 'MEC', '2020', 'Sí']
 */
export function words(text: string): string[] {
  return text.split(nonWordRuns()).filter((word) => word.length > 0);
}

/**
 * Splits text into folded words (accents stripped, lower case), for word-level search.
 *
 * @example
 * foldWords('Diálogo Económico de Alto Nivel') // ['dialogo', 'economico', 'de', 'alto', 'nivel']
 */
export function foldWords(text: string): string[] {
  return words(stripAccents(text));
}
