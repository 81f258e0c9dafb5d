/**
 * Folds text for matching: strips accents, lower-cases, and drops everything but letters and digits, so that
 * `'T-MEC'`, `'tmec'` and `'T‑MEC'` meet, as do `'Misión Cortafuegos'` and `'mision cortafuegos'`.
 *
 * @example
 * foldKey('Misión Cortafuegos') // 'misioncortafuegos'
 */
export function foldKey(text: string): string {
  return foldWords(text).join('');
}

/**
 * Splits text into folded words (accents stripped, lower case), for word-level search.
 *
 * @example
 * foldWords('Diálogo Económico de Alto Nivel') // ['dialogo', 'economico', 'de', 'alto', 'nivel']
 */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
