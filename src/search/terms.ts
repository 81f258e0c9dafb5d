import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import { stripAccents, words } from '../core/fold.js';

/** Which stemmer a piece of text takes: its language, or both when the language is unknown (names, queries). */
export type TextLanguage = 'en' | 'es' | 'any';

/** One word of a text: as folded for exact and prefix matching, and its stems. */
export interface Term {
  /** Lower case, accents stripped. */
  readonly word: string;
  /** Stems, folded, of the word in the text's language (both languages for `'any'`), without duplicates. */
  readonly stems: readonly string[];
}

// Spanish writes every -ción/-sión with an accent, and the Snowball stemmer needs it to strip the suffix, so a
// user who types "revocacion" gets the stem of "revocación".
const UNACCENTED_ION = /([cs])ion$/;

function spanishStem(word: string): string {
  return stripAccents(spanishStemmer(word.replace(UNACCENTED_ION, '$1ión')));
}

function englishStem(word: string): string {
  return /^[a-z]+$/.test(word) ? englishStemmer(word) : word;
}

/**
 * Splits text into words and stems each one: Snowball for Spanish, Porter for English. Stems and words are
 * compared after folding, so accents and case never matter.
 *
 * @param text - Any text.
 * @param lang - The text's language, or `'any'` to stem with both.
 * @param cache - Stems already made, by stemmer and word; filled as words are stemmed (stemming is the costly part).
 * @returns One term per word, in order.
 * @throws Never.
 * @example
 * terms('Revocó visas', 'es') // [{ word: 'revoco', stems: ['revoc'] }, { word: 'visas', stems: ['vis'] }]
 * terms('revocacion', 'any').map((t) => t.stems) // [['revocacion', 'revoc']]
 * terms('visa revocations', 'en').map((t) => t.stems) // [['visa'], ['revoc']]
 */
export function terms(text: string, lang: TextLanguage, cache?: Map<string, string>): Term[] {
  return words(text.toLowerCase().normalize('NFC')).map((raw) => {
    const word = stripAccents(raw);
    const stems = new Set<string>();
    // Numbers and words of three letters or fewer ("us", "sre", "2025") are their own stems.
    if (word.length <= 3 || /^\d+$/.test(word)) stems.add(word);
    else {
      if (lang !== 'es') stems.add(cached(cache, `en:${word}`, () => englishStem(word)));
      if (lang !== 'en') stems.add(cached(cache, `es:${raw}`, () => spanishStem(raw)));
    }
    return { word, stems: [...stems] };
  });
}

function cached(cache: Map<string, string> | undefined, key: string, make: () => string): string {
  let value = cache?.get(key);
  if (value === undefined) {
    value = make();
    cache?.set(key, value);
  }
  return value;
}
