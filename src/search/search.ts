import { oneOf, options, text, wholeNumber } from '../core/arguments.js';
import { describe, InvalidArgumentError } from '../core/errors.js';
import { foldWords } from '../core/fold.js';
import { memo } from '../core/memo.js';
import { actors } from '../generated/actors.js';
import { events } from '../generated/events.js';
import { figures } from '../generated/figures.js';
import { initiatives } from '../generated/initiatives.js';
import { places } from '../generated/places.js';
import { actorKeys } from '../actors/keys.js';
import { initiativeKeys } from '../initiatives/keys.js';
import { placeKeys } from '../places/keys.js';
import type { Language } from '../schemas/common.js';
import type { ActorRecord } from '../actors/types.js';
import type { FigureRecord } from '../figures/types.js';
import type { InitiativeRecord } from '../initiatives/types.js';
import type { PlaceRecord } from '../places/types.js';
import type { EventRecord } from '../timeline/types.js';

/**
 * The kinds of record `search` looks through, in the order hits of equal score are listed.
 *
 * @example
 * SEARCH_KINDS // ['initiative', 'event', 'actor', 'place', 'figure']
 */
export const SEARCH_KINDS = ['initiative', 'event', 'actor', 'place', 'figure'] as const;
/** A kind of record `search` looks through. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One search result. */
export type SearchHit = {
  readonly id: string;
  /** The record's name or title in the language asked for. */
  readonly label: string;
  /** Higher is better; only the order is meaningful. */
  readonly score: number;
} & (
  | { readonly kind: 'initiative'; readonly record: InitiativeRecord }
  | { readonly kind: 'event'; readonly record: EventRecord }
  | { readonly kind: 'actor'; readonly record: ActorRecord }
  | { readonly kind: 'place'; readonly record: PlaceRecord }
  | { readonly kind: 'figure'; readonly record: FigureRecord }
);

/** Options of `search`. */
export interface SearchOptions {
  /** Language of the labels; matching always uses both. Default `'en'`. */
  readonly lang?: Language;
  /** Only these kinds of record. */
  readonly kinds?: readonly SearchKind[];
  /** At most this many hits; default 10. */
  readonly limit?: number;
}

// Words too common to require: a query of "treaty of" should not fail for want of "of".
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'of',
  'the',
  'in',
  'on',
  'for',
  'to',
  'de',
  'del',
  'la',
  'el',
  'los',
  'las',
  'y',
  'en',
  'para',
  'por',
]);
const NAME_WEIGHT = 4;
const TEXT_WEIGHT = 1;
const WHOLE_KEY_BONUS = 20;

interface Entry {
  readonly hit: Omit<SearchHit, 'score' | 'label'>;
  readonly labels: Record<Language, string>;
  /** Folded whole keys (a query equal to one is a direct hit). */
  readonly keys: ReadonlySet<string>;
  readonly nameWords: ReadonlySet<string>;
  readonly textWords: ReadonlySet<string>;
}

function entry(
  hit: Entry['hit'],
  labels: Record<Language, string>,
  names: readonly string[],
  texts: readonly string[],
): Entry {
  return {
    hit,
    labels,
    keys: new Set(names.map((n) => foldWords(n).join(''))),
    nameWords: new Set(names.flatMap(foldWords)),
    textWords: new Set(texts.flatMap(foldWords)),
  };
}

const entries = /* @__PURE__ */ memo((): Entry[] => [
  ...initiatives.map((r) =>
    entry({ kind: 'initiative', id: r.id, record: r }, r.name, initiativeKeys(r), [r.summary.en, r.summary.es]),
  ),
  ...events.map((r) =>
    entry(
      { kind: 'event', id: r.id, record: r },
      r.title,
      [r.id, r.title.en, r.title.es],
      [r.summary.en, r.summary.es],
    ),
  ),
  ...actors.map((r) => entry({ kind: 'actor', id: r.id, record: r }, r.name, actorKeys(r), [])),
  ...places.map((r) => entry({ kind: 'place', id: r.id, record: r }, r.name, placeKeys(r), [])),
  ...figures.map((r) => entry({ kind: 'figure', id: r.id, record: r }, r.label, [r.id, r.label.en, r.label.es], [])),
]);

function wordScore(word: string, words: ReadonlySet<string>, weight: number): number {
  if (words.has(word)) return weight;
  if (word.length < 3) return 0;
  for (const candidate of words) if (candidate.startsWith(word)) return weight / 2;
  return 0;
}

function score(item: Entry, query: string[], whole: string): number {
  // A query equal to a whole key ('tmec' for 'T-MEC') is a direct hit even where its words do not match one by one.
  const direct = item.keys.has(whole);
  let total = direct ? WHOLE_KEY_BONUS : 0;
  for (const word of query) {
    const best = Math.max(wordScore(word, item.nameWords, NAME_WEIGHT), wordScore(word, item.textWords, TEXT_WEIGHT));
    if (best === 0 && !direct && !STOP_WORDS.has(word)) return 0;
    total += best;
  }
  return total;
}

/**
 * Ranked search across initiatives, events, actors, places and figures, ignoring case, accents and language: an
 * English query finds Spanish names and the reverse. Every word that is not a stop word must match a word of the
 * record (or the start of one, for words of three letters or more). Never throws for any string `text`; throws
 * `InvalidArgumentError` when `text` is not a string or an option is bad.
 *
 * @example
 * search('dialogo economico')[0]?.id // 'hled'
 * search('T-MEC', { lang: 'es' })[0]?.label // 'Tratado entre México, Estados Unidos y Canadá'
 * search('nuevo leon', { kinds: ['place'] }).map((h) => h.id) // ['mx-nle']
 */
export function search(query: string, searchOptions?: SearchOptions): SearchHit[] {
  const words = foldWords(text(query, 'text'));
  const { lang = 'en', kinds, limit = 10 } = options(searchOptions, 'options');
  const language = oneOf(lang, ['en', 'es'], 'lang');
  const max = wholeNumber(limit, 'limit');
  if (max < 1) throw new InvalidArgumentError(`limit must be at least 1; got ${max}.`);
  if (kinds !== undefined && !Array.isArray(kinds))
    throw new InvalidArgumentError(`kinds must be an array; got ${describe(kinds)}.`);
  const wanted = kinds === undefined ? undefined : new Set(kinds.map((k, i) => oneOf(k, SEARCH_KINDS, `kinds[${i}]`)));
  if (words.every((w) => STOP_WORDS.has(w))) return [];
  const whole = words.join('');
  const hits: SearchHit[] = [];
  for (const item of entries()) {
    if (wanted !== undefined && !wanted.has(item.hit.kind)) continue;
    const points = score(item, words, whole);
    if (points > 0) hits.push({ ...item.hit, label: item.labels[language], score: points } as SearchHit);
  }
  hits.sort(
    (a, b) =>
      b.score - a.score || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind) || (a.id < b.id ? -1 : 1),
  );
  return hits.slice(0, max);
}
