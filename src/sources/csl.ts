import { InvalidArgumentError, NotFoundError, describe } from '../core/errors.js';
import { type PartialDateParts, parsePartialDate } from '../core/partial-date.js';
import { getSource } from './sources.js';
import type { SourceRecord } from './types.js';

/** A name in CSL-JSON. The package stores names as the source prints them, so it gives them whole (`literal`). */
export interface CslName {
  readonly literal: string;
}

/** A date in CSL-JSON: one `[year]`, `[year, month]` or `[year, month, day]`, at the precision the source gives. */
export interface CslDate {
  readonly 'date-parts': readonly [readonly number[]];
}

/**
 * One item of CSL-JSON, the interchange format of Zotero, Pandoc and citation processors (citeproc-js,
 * citation.js): the fields this package fills.
 */
export interface CslItem {
  readonly id: string;
  readonly type: 'article-newspaper' | 'webpage' | 'dataset' | 'document';
  /** Absent for a page that shows no title: none is made up. */
  readonly title?: string;
  readonly author?: readonly CslName[];
  readonly publisher?: string;
  /** The newspaper or site of a press article: its publisher. */
  readonly 'container-title'?: string;
  readonly issued?: CslDate;
  readonly URL?: string;
  readonly language: string;
  /** Where the copy that was read is, for a source read in a copy or repost. */
  readonly note?: string;
}

/** A source's original address and, when what was read is another copy, that copy. */
export interface SourceCopy {
  /** The original's address, or `undefined` when only the copy's is known (and the brief, which has none). */
  readonly originalUrl: string | undefined;
  /** The copy that was read, when it is not the original: who published it and where, as far as known. */
  readonly copy: { readonly publisher: string | undefined; readonly url: string | undefined } | undefined;
}

/**
 * Splits a source into the original it cites and the copy that was read. A copy with `copyUrl` keeps `url` as the
 * original's; a copy named only by `copyPublisher` has its own address in `url`, so the original's is unknown.
 *
 * @param source - a source record
 * @returns the original's address and the copy read, if any
 * @throws never
 * @example
 * copyOf(getSource('whas11-biden-sworn-in')!).copy?.publisher // 'WHAS11'
 * copyOf(getSource('whas11-biden-sworn-in')!).originalUrl // 'https://etonline.com/joe-biden-is-sworn-in-as-president-of-the-united-states-159276'
 */
export function copyOf(source: SourceRecord): SourceCopy {
  if (source.copyUrl !== undefined) {
    return { originalUrl: source.url, copy: { publisher: source.copyPublisher, url: source.copyUrl } };
  }
  if (source.copyPublisher !== undefined) {
    return { originalUrl: undefined, copy: { publisher: source.copyPublisher, url: source.url } };
  }
  return { originalUrl: source.url, copy: undefined };
}

/**
 * The words that say where a copy was read (`Read at WHAS11, https://…`), or `undefined` for an original or a
 * repost whose original is unknown (whose `publisher` and `url` are already the copy's).
 *
 * @param source - a source record
 * @returns one English sentence without its final stop, or `undefined`
 * @throws never
 * @example
 * readAt(getSource('whas11-biden-sworn-in')!)?.slice(0, 14) // 'Read at WHAS11'
 * readAt(getSource('brief')!) // undefined
 */
export function readAt(source: SourceRecord): string | undefined {
  const { copy } = copyOf(source);
  if (copy === undefined) return source.repost === true ? 'Read as a repost; the original is not known' : undefined;
  return `Read at ${[copy.publisher, copy.url].filter((part) => part !== undefined).join(', ')}`;
}

/** `[year]`, `[year, month]` or `[year, month, day]`: no more precision than the date has. */
function dateParts(date: PartialDateParts): number[] {
  return [date.year, ...(date.month === undefined ? [] : [date.month]), ...(date.day === undefined ? [] : [date.day])];
}

const CSL_TYPES = {
  press: 'article-newspaper',
  official: 'webpage',
  reference: 'webpage',
  dataset: 'dataset',
  brief: 'document',
} as const satisfies Record<SourceRecord['kind'], CslItem['type']>;

/**
 * A source as one CSL-JSON item. Takes a source record or a source id. A page without a title gets no `title`,
 * dates keep their precision (`[[2024, 1]]` for January 2024), and a copy that was read is cited as the original
 * with the copy named in `note`.
 *
 * @param sourceOrId - a source record, or the id of one
 * @returns the CSL-JSON item, with the source id as its `id`
 * @throws `NotFoundError` for an unknown source id; `InvalidArgumentError` for anything but a source or a string
 * @example
 * toCslItem('census-country-xlsx-2024-01').publisher // 'U.S. Census Bureau'
 * toCslItem('ap-globalnews-2025-07-31-mexico-90-days').issued // { 'date-parts': [[2025, 7, 31]] }
 * toCslItem('no-such-source') // throws NotFoundError
 */
export function toCslItem(sourceOrId: SourceRecord | string): CslItem {
  const source = typeof sourceOrId === 'string' ? getSource(sourceOrId) : sourceOrId;
  if (source === undefined) throw new NotFoundError('source', String(sourceOrId), []);
  if (typeof source !== 'object' || source === null || typeof source.publisher !== 'string') {
    throw new InvalidArgumentError(`sourceOrId must be a source or a source id; got ${describe(sourceOrId)}.`);
  }
  const type = CSL_TYPES[source.kind];
  const author = source.author ?? (type === 'article-newspaper' ? undefined : source.publisher);
  const { originalUrl } = copyOf(source);
  const note = readAt(source);
  const date = source.published === undefined ? undefined : parsePartialDate(source.published);
  return {
    id: source.id,
    type,
    ...(source.title === undefined ? {} : { title: source.title }),
    // A government text, data set or reference page without a named author is the publisher's work: the
    // publisher is its group author (APA's and Chicago's rule). A press article without one has none.
    ...(author === undefined ? {} : { author: [{ literal: author }] }),
    ...(type === 'article-newspaper' ? { 'container-title': source.publisher } : { publisher: source.publisher }),
    ...(date === undefined ? {} : { issued: { 'date-parts': [dateParts(date)] } }),
    ...(originalUrl === undefined ? {} : { URL: originalUrl }),
    language: source.language,
    ...(note === undefined ? {} : { note }),
  };
}
