import type { Language } from '../generated/records.js';
import { oneOf, options, text, wholeNumber } from '../core/arguments.js';
import { describe, InvalidArgumentError } from '../core/errors.js';
import { languageOf } from '../core/locale.js';
import { memo } from '../core/memo.js';
import { actors } from '../generated/actors.js';
import { events } from '../generated/events.js';
import { figures } from '../generated/figures.js';
import { initiatives } from '../generated/initiatives.js';
import { places } from '../generated/places.js';
import { placeKeys } from '../places/keys.js';
import type { LanguageTag } from '../core/locale.js';
import type { ActorRecord } from '../actors/types.js';
import type { FigureRecord } from '../figures/types.js';
import type { InitiativeRecord } from '../initiatives/types.js';
import type { PlaceRecord } from '../places/types.js';
import type { EventRecord } from '../timeline/types.js';
import { buildIndex, type Document, type Field, query as runQuery } from './engine.js';

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
  /** How many of the query's words (stop words aside) the record matched; hits are ranked by it first. */
  readonly matched: number;
  /** Higher is better among hits with the same `matched`; only the order is meaningful. */
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
  /** Language of the labels (`'en'`, `'es'` or a BCP-47 tag such as `'es-MX'`); matching always uses both. Default `'en'`. */
  readonly lang?: LanguageTag;
  /** Only these kinds of record. */
  readonly kinds?: readonly SearchKind[];
  /** At most this many hits; default 10. */
  readonly limit?: number;
}

type Item = Omit<SearchHit, 'score' | 'label' | 'matched'> & { readonly labels: Record<Language, string> };

const names = (keys: readonly string[], lang: Field['lang']): Field[] =>
  keys.map((text) => ({ text, lang, name: true }));
// Names, acronyms and aliases in the language they are written in: stemming each word once, not twice, keeps the
// index build (at the first query) short.
const keyFields = (r: {
  readonly id: string;
  readonly name: Record<Language, string>;
  readonly acronyms: Record<Language, readonly string[]>;
  readonly aliases: Record<Language, readonly string[]>;
}): Field[] => [
  ...names([r.id, r.name.en, ...r.acronyms.en, ...r.aliases.en], 'en'),
  ...names([r.name.es, ...r.acronyms.es, ...r.aliases.es], 'es'),
];
const pair = (text: Record<Language, string>, name: boolean): Field[] => [
  { text: text.en, lang: 'en', name },
  { text: text.es, lang: 'es', name },
];
const byId = <T extends { readonly id: string }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The documents `search` looks through, in the order hits of equal rank are listed (kind, then id). Exported for
 * the bench, which indexes synthetic copies of them.
 *
 * @returns One document per initiative, event, actor, place and figure.
 * @throws Never.
 * @example
 * searchDocuments()[0]?.value.kind // 'initiative'
 */
export function searchDocuments(): Document<Item>[] {
  return [
    ...byId(initiatives()).map((r) => ({
      value: { kind: 'initiative', id: r.id, record: r, labels: r.name } as const,
      fields: [...keyFields(r), ...pair(r.summary, false)],
    })),
    ...byId(events()).map((r) => ({
      value: { kind: 'event', id: r.id, record: r, labels: r.title } as const,
      fields: [...names([r.id], 'en'), ...pair(r.title, true), ...pair(r.summary, false)],
    })),
    ...byId(actors()).map((r) => ({
      value: { kind: 'actor', id: r.id, record: r, labels: r.name } as const,
      fields: keyFields(r),
    })),
    ...byId(places()).map((r) => ({
      value: { kind: 'place', id: r.id, record: r, labels: r.name } as const,
      fields: names(placeKeys(r), 'any'),
    })),
    ...byId(figures()).map((r) => ({
      value: { kind: 'figure', id: r.id, record: r, labels: r.label } as const,
      fields: [...names([r.id], 'en'), ...pair(r.label, true)],
    })),
  ];
}

// Built at the first query, not at import.
const index = /* @__PURE__ */ memo(() => buildIndex(searchDocuments()));

/**
 * Ranked search across initiatives, events, actors, places and figures, in English and Spanish at once, ignoring
 * case and accents. Words match by stem (Snowball for Spanish, Porter for English), so "revocación", "revocó" and
 * "visas revocadas" meet, as do "transfers" and "transferred"; a word also matches the words it begins (three
 * letters or more), and a word found nowhere matches words one typo away ("Sheinbam"). Records that match every
 * word come first; records that match fewer still come, lower, so one unknown word does not empty the list.
 * Stop words ("the", "of", "de", "la"…) are ignored. The index is built at the first call.
 *
 * @param query - What the user typed.
 * @param searchOptions - `lang` (labels; `'en'`, `'es'` or a BCP-47 tag such as `'es-MX'`), `kinds` and `limit`.
 * @returns At most `limit` hits, best first; empty when nothing matches.
 * @throws `InvalidArgumentError` when `query` is not a string or an option is bad; never for any string query.
 * @example
 * search('dialogo economico')[0]?.id // 'hled'
 * search('T-MEC', { lang: 'es' })[0]?.label // 'Tratado entre México, Estados Unidos y Canadá'
 * search('nuevo leon', { kinds: ['place'] })[0]?.id // 'mx-nle'
 * search('visas revocadas', { lang: 'es-MX' })[0]?.id // 'visa-revocations-reported'
 * search('Sheinbam', { kinds: ['actor'] })[0]?.id // 'claudia-sheinbaum'
 */
export function search(query: string, searchOptions?: SearchOptions): SearchHit[] {
  const textQuery = text(query, 'text');
  const { lang = 'en', kinds, limit = 10 } = options(searchOptions, 'options');
  const language = languageOf(lang, 'lang');
  const max = wholeNumber(limit, 'limit');
  if (max < 1) throw new InvalidArgumentError(`limit must be at least 1; got ${max}.`);
  if (kinds !== undefined && !Array.isArray(kinds))
    throw new InvalidArgumentError(`kinds must be an array; got ${describe(kinds)}.`);
  const wanted = kinds === undefined ? undefined : new Set(kinds.map((k, i) => oneOf(k, SEARCH_KINDS, `kinds[${i}]`)));
  const hits = runQuery(index(), textQuery, max, (item) => wanted === undefined || wanted.has(item.kind));
  return hits.map(({ value: { labels, ...hit }, matched, score }) => ({
    ...hit,
    label: labels[language],
    matched,
    score,
  })) as SearchHit[];
}
