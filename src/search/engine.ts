import { foldWords } from '../core/fold.js';
import { type TextLanguage, terms } from './terms.js';

/** One field of a document: its text, the language to stem it in, and whether it names the record. */
export interface Field {
  readonly text: string;
  readonly lang: TextLanguage;
  /** A name, title, acronym or alias (weighs more, and a query equal to it is a direct hit), or running text. */
  readonly name: boolean;
}

/** A document to index, with anything the caller wants back on a hit. */
export interface Document<T> {
  readonly value: T;
  readonly fields: readonly Field[];
}

/** An inverted index over documents: word and stem postings, sorted vocabularies for prefixes and typos. */
export interface SearchIndex<T> {
  readonly values: readonly T[];
  readonly words: ReadonlyMap<string, readonly number[]>;
  readonly stems: ReadonlyMap<string, readonly number[]>;
  readonly keys: ReadonlyMap<string, readonly number[]>;
  readonly sortedWords: readonly string[];
  readonly sortedStems: readonly string[];
}

const NAME_WEIGHT = 4;
const TEXT_WEIGHT = 1;
const WHOLE_KEY_BONUS = 20;
// How much each way of matching a query word is worth, relative to the word itself.
const EXACT = 1;
const STEM = 0.9;
const STEM_PREFIX = 0.6;
const WORD_PREFIX = 0.5;
const TYPO = 0.4;
// Shortest stem or word that prefix matching starts from.
const MIN_PREFIX = 3;
const MIN_STEM_PREFIX = 5;

/**
 * Words too common to require: a query of "treaty of" should not fail for want of "of". They never count as
 * matched or unmatched words.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and at by for from in into is of on or the to with ' +
    'al con de del e el en la las lo los o para por que se sin su sus un una unos unas y'
  ).split(' '),
);

// Postings are flat arrays [doc, weight, doc, weight, …] in document order.
function post(map: Map<string, number[]>, key: string, doc: number, weight: number): void {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  const last = list.length - 2;
  if (list[last] === doc) list[last + 1] = Math.max(list[last + 1] as number, weight);
  else list.push(doc, weight);
}

/**
 * Builds the index. Costs time linear in the text; meant to run once, at the first query.
 *
 * @param documents - What to index, in the order ties are listed.
 * @returns The index for `query`.
 * @throws Never.
 * @example
 * buildIndex([{ value: 'a', fields: [{ text: 'Traslado de reos', lang: 'es', name: true }] }]).stems.has('trasl') // true
 */
export function buildIndex<T>(documents: readonly Document<T>[]): SearchIndex<T> {
  const words = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const keys = new Map<string, number[]>();
  // Stemming is the costly part of a build, and most words recur: stem each distinct word once.
  const cache = new Map<string, string>();
  documents.forEach((document, doc) => {
    for (const field of document.fields) {
      const fieldTerms = terms(field.text, field.lang, cache);
      // Short names weigh more: a hit on "Sheinbaum" in an alias beats one in an eight-word title.
      const weight = field.name ? NAME_WEIGHT + NAME_WEIGHT / Math.max(1, fieldTerms.length) : TEXT_WEIGHT;
      for (const term of fieldTerms) {
        post(words, term.word, doc, weight);
        for (const stem of term.stems) post(stems, stem, doc, weight);
      }
      if (field.name) {
        const key = fieldTerms.map((t) => t.word).join('');
        const list = keys.get(key);
        if (list === undefined) keys.set(key, [doc]);
        else if (list[list.length - 1] !== doc) list.push(doc);
      }
    }
  });
  return {
    values: documents.map((d) => d.value),
    words,
    stems,
    keys,
    sortedWords: [...words.keys()].sort(),
    sortedStems: [...stems.keys()].sort(),
  };
}

function firstAtLeast(sorted: readonly string[], prefix: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Two rows of the edit-distance table, reused across calls (words are short).
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > previousRow.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j++) previousRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    currentRow[0] = i;
    let best = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previousRow[j - 1] as number) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min((previousRow[j] as number) + 1, (currentRow[j - 1] as number) + 1, substitution);
      currentRow[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [previousRow, currentRow] = [currentRow, previousRow];
  }
  return previousRow[b.length] as number;
}

/** A ranked hit: how many of the query's words it matched, then its score. */
export interface RankedHit<T> {
  readonly value: T;
  readonly matched: number;
  readonly score: number;
  readonly order: number;
}

/**
 * Finds documents for a query. Each query word matches a document through its own word, its stem (English and
 * Spanish), a longer or shorter stem sharing a prefix of five letters or more, a word it begins (three letters
 * or more), or, when nothing else matches it anywhere, a word one typo away (two for words of eight letters or
 * more). Documents matching more of the query's words rank first, then higher scores, then document order.
 *
 * @param index - From `buildIndex`.
 * @param text - The query.
 * @param limit - At most this many hits.
 * @param accept - Which documents may be returned.
 * @returns The best hits, best first.
 * @throws Never.
 * @example
 * const index = buildIndex([{ value: 'a', fields: [{ text: 'Revocación de visas', lang: 'es', name: true }] }]);
 * query(index, 'visas revocadas', 10, () => true).map((h) => h.value) // ['a']
 * query(index, 'revocacion', 10, () => true).length // 1
 * query(index, 'vizas', 10, () => true).length // 1
 */
export function query<T>(
  index: SearchIndex<T>,
  text: string,
  limit: number,
  accept: (value: T) => boolean,
): RankedHit<T>[] {
  const queryTerms = terms(text, 'any').filter((t) => !STOP_WORDS.has(t.word));
  if (queryTerms.length === 0) return [];
  const size = index.values.length;
  const matched = new Uint16Array(size);
  const scores = new Float64Array(size);
  const best = new Float64Array(size);
  const touched: number[] = [];
  for (const term of queryTerms) {
    const seen: number[] = [];
    const bump = (postings: readonly number[] | undefined, factor: number) => {
      if (postings === undefined) return;
      for (let i = 0; i < postings.length; i += 2) {
        const doc = postings[i] as number;
        const value = (postings[i + 1] as number) * factor;
        if (best[doc] === 0) seen.push(doc);
        if (value > (best[doc] as number)) best[doc] = value;
      }
    };
    const eachWithPrefix = (sorted: readonly string[], prefix: string, visit: (key: string) => void) => {
      for (let i = firstAtLeast(sorted, prefix); i < sorted.length; i++) {
        const key = sorted[i] as string;
        if (!key.startsWith(prefix)) break;
        if (key !== prefix) visit(key);
      }
    };
    bump(index.words.get(term.word), EXACT);
    for (const stem of term.stems) {
      bump(index.stems.get(stem), STEM);
      if (stem.length >= MIN_STEM_PREFIX - 1)
        eachWithPrefix(index.sortedStems, stem, (key) => bump(index.stems.get(key), STEM_PREFIX));
      for (let length = stem.length - 1; length >= MIN_STEM_PREFIX; length--)
        bump(index.stems.get(stem.slice(0, length)), STEM_PREFIX);
    }
    if (term.word.length >= MIN_PREFIX)
      eachWithPrefix(index.sortedWords, term.word, (key) => bump(index.words.get(key), WORD_PREFIX));
    if (seen.length === 0 && term.word.length >= 4 && !/^\d+$/.test(term.word)) {
      const max = term.word.length >= 8 ? 2 : 1;
      for (const word of index.sortedWords)
        if (distance(term.word, word, max) <= max) bump(index.words.get(word), TYPO);
    }
    for (const doc of seen) {
      if (matched[doc] === 0) touched.push(doc);
      matched[doc] = (matched[doc] as number) + 1;
      scores[doc] = (scores[doc] as number) + (best[doc] as number);
      best[doc] = 0;
    }
  }
  // A query equal to a whole name ('tmec' for 'T-MEC') is a direct hit even where its words do not match one by one.
  const whole = foldWords(text).join('');
  for (const doc of index.keys.get(whole) ?? []) {
    if (matched[doc] === 0) touched.push(doc);
    matched[doc] = queryTerms.length;
    scores[doc] = (scores[doc] as number) + WHOLE_KEY_BONUS;
  }
  const top: RankedHit<T>[] = [];
  const better = (a: RankedHit<T>, b: RankedHit<T>) => a.matched - b.matched || a.score - b.score || b.order - a.order;
  for (const doc of touched) {
    const value = index.values[doc] as T;
    const hit = { value, matched: matched[doc] as number, score: scores[doc] as number, order: doc };
    if (top.length === limit && better(hit, top[limit - 1] as RankedHit<T>) <= 0) continue;
    if (!accept(value)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && better(hit, top[at - 1] as RankedHit<T>) > 0) {
      top[at] = top[at - 1] as RankedHit<T>;
      at--;
    }
    top[at] = hit;
  }
  return top;
}
