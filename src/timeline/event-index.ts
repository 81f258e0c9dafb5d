import { oneOf, options, text } from '../core/arguments.js';
import { describe, InvalidArgumentError } from '../core/errors.js';
import { toDayRange } from '../core/date-input.js';
import { foldWords } from '../core/fold.js';
import { parsePartialDate, partialDateSpan } from '../core/partial-date.js';
import { DOMAINS, EVENT_KINDS } from '../core/vocabulary.js';
import type { EventRecord, Timeline, TimelineQuery } from './types.js';

/** Turns a query's initiative, actor or place key into the id stored on events. */
export interface KeyResolvers {
  readonly initiative: (key: string) => string;
  readonly actor: (key: string) => string;
  readonly place: (key: string) => string;
}

/** Keys are matched as ids, as written. */
export const literalIds: KeyResolvers = { initiative: (k) => k, actor: (k) => k, place: (k) => k };

/** Events sorted by their first day, with their spans in parallel arrays for binary search. */
interface EventIndex {
  readonly events: readonly EventRecord[];
  readonly first: Float64Array;
  readonly last: Float64Array;
  /** The longest span of any event, in days, bounding how far before `from` an overlapping event can start. */
  readonly longestSpan: number;
  readonly byId: ReadonlyMap<string, EventRecord>;
  /** Folded title and summary text, built on the first text query. */
  searchText?: string[];
}

/** The canonical order: by date text (which orders by first day, coarser precision first), then by id. */
export function compareEvents(a: EventRecord, b: EventRecord): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Indexes events whose dates are already known to be valid. */
export function indexEvents(events: readonly EventRecord[]): EventIndex {
  const sorted = [...events].sort(compareEvents);
  const first = new Float64Array(sorted.length);
  const last = new Float64Array(sorted.length);
  let longestSpan = 0;
  sorted.forEach((event, i) => {
    const span = partialDateSpan(parsePartialDate(event.date) ?? { year: 0, precision: 'year' });
    first[i] = span.first;
    last[i] = span.last;
    longestSpan = Math.max(longestSpan, span.last - span.first);
  });
  return { events: sorted, first, last, longestSpan, byId: new Map(sorted.map((e) => [e.id, e])) };
}

/** The first position whose first day is at least `day`. */
function lowerBound(days: Float64Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] ?? 0) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

function stringList(value: unknown, allowed: readonly string[], argument: string): Set<string> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new InvalidArgumentError(`${argument} must be an array; got ${describe(value)}.`);
  return new Set(value.map((item, i) => oneOf(item, allowed, `${argument}[${i}]`)));
}

/** Runs a query over an index: binary search on dates, then the other filters over the candidates only. */
export function queryIndex(index: EventIndex, query: TimelineQuery | undefined, resolve: KeyResolvers): EventRecord[] {
  const q = options(query, 'query');
  const range = toDayRange(q.from, q.to);
  const within = (q.match === undefined ? 'overlaps' : oneOf(q.match, ['overlaps', 'within'], 'match')) === 'within';
  const domains = stringList(q.domains, DOMAINS, 'domains');
  const kinds = stringList(q.kinds, EVENT_KINDS, 'kinds');
  const initiative = q.initiative === undefined ? undefined : resolve.initiative(text(q.initiative, 'initiative'));
  const actor = q.actor === undefined ? undefined : resolve.actor(text(q.actor, 'actor'));
  const place = q.place === undefined ? undefined : resolve.place(text(q.place, 'place'));
  const needle = q.text === undefined ? undefined : foldWords(text(q.text, 'text')).join(' ');
  if (needle !== undefined && index.searchText === undefined) {
    index.searchText = index.events.map((e) => foldWords(`${e.title.en} ${e.title.es} ${e.summary.en} ${e.summary.es}`).join(' '));
  }

  // An overlapping event can start up to `longestSpan` days before the range does.
  const start = lowerBound(index.first, within ? range.first : range.first - index.longestSpan);
  const end = lowerBound(index.first, range.last + 1);
  const found: EventRecord[] = [];
  for (let i = start; i < end; i++) {
    const last = index.last[i] ?? 0;
    if (within ? last > range.last : last < range.first) continue;
    const event = index.events[i] as EventRecord;
    if (domains !== undefined && !event.domains.some((d) => domains.has(d))) continue;
    if (kinds !== undefined && !kinds.has(event.kind)) continue;
    if (initiative !== undefined && !event.initiatives.includes(initiative)) continue;
    if (actor !== undefined && !event.actors.includes(actor)) continue;
    if (place !== undefined && !event.places.includes(place)) continue;
    if (needle !== undefined && !(index.searchText?.[i] ?? '').includes(needle)) continue;
    found.push(event);
  }
  return found;
}

/** Wraps an index as a `Timeline`. */
export function timelineOf(index: EventIndex, resolve: KeyResolvers): Timeline {
  return Object.freeze({
    events: Object.freeze(index.events),
    query: (query?: TimelineQuery) => queryIndex(index, query, resolve),
    getEvent: (id: string) => index.byId.get(text(id, 'id')),
  });
}
