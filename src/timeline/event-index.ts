import { compareCodeUnits } from '../core/compare.js';
import { oneOf, options, text } from '../core/arguments.js';
import { describe, InvalidArgumentError } from '../core/errors.js';
import { toDayRange } from '../core/date-input.js';
import { foldWords } from '../core/fold.js';
import { memo } from '../core/memo.js';
import { firstDayOfPacked, lastDayOfPacked, packedDate } from '../core/partial-date.js';
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

/** Spans longer than a month: only year-precision events have them. */
const LONG_SPAN_DAYS = 31;

/**
 * An indexed set of events: all of them in canonical order with their spans in parallel arrays, plus the few with
 * long spans apart. A range query scans the canonical order from shortly before `from` (as far back as a short
 * event can start and still overlap) and looks further back only among the long events, so year-precision events
 * do not make every query start a year early, and results come out in canonical order with no sorting.
 */
interface EventIndex {
  /** Every event, in canonical order. */
  readonly events: readonly EventRecord[];
  readonly first: Float64Array;
  readonly last: Float64Array;
  /** The longest span, in days, among events of a month or less. */
  readonly shortSpan: number;
  /** The events with spans longer than a month: their positions in canonical order, first days, longest span. */
  readonly long: { readonly positions: Int32Array; readonly first: Float64Array; readonly longestSpan: number };
  /** Events by id, built on first call. */
  readonly byId: () => ReadonlyMap<string, EventRecord>;
  /** Folded title and summary text by position, built on the first text query. */
  searchText?: string[];
}

/** The canonical order: by date text (which orders by first day, coarser precision first), then by id. */
export function compareEvents(a: EventRecord, b: EventRecord): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : compareCodeUnits(a.id, b.id);
}

// Sort keys pack (date, input position) into one double, so that one native numeric sort does the work of the string
// comparator: a date as `packedDate` packs it (year * 512 + month * 32 + day, 0 for a missing month or day) orders as
// its text does, and fits in 23 bits below the year 10000; the position takes 29 (52 in all, within the doubles'
// exact integers).
const POSITION_BITS = 536_870_912; // 2 ** 29, written out so that bundlers see a constant

/**
 * What the index reads of each event, by input position: its date as `packedDate` parses it, and its id's rank (see
 * `idRank`). Read in input order, which is the order the events were made in: ranking a million ids in canonical
 * order instead took over a second, against under a tenth of one in input order.
 */
export interface EventKeys {
  readonly dates: Int32Array;
  readonly idRanks: Float64Array;
}

/** Keys for `count` events, for `setEventKeys` to fill. */
export const emptyEventKeys = (count: number): EventKeys => ({
  dates: new Int32Array(count),
  idRanks: new Float64Array(count),
});

/**
 * Keys the event at `position`, and says whether its date is a real partial date (an index takes only those).
 *
 * @param keys - the keys being filled
 * @param position - the event's position in the array to index
 * @param event - the event, whose date may not have been checked yet
 * @returns whether the date is a real partial date
 */
export function setEventKeys(keys: EventKeys, position: number, event: EventRecord): boolean {
  keys.dates[position] = packedDate(event.date);
  keys.idRanks[position] = idRank(event.id);
  return (keys.dates[position] as number) >= 0;
}

/** Keys for events whose dates are known to be valid. */
function eventKeysOf(events: readonly EventRecord[]): EventKeys {
  const keys = emptyEventKeys(events.length);
  for (let position = 0; position < events.length; position++)
    setEventKeys(keys, position, events[position] as EventRecord);
  return keys;
}

/**
 * Positions of `events` in canonical order (see `compareEvents`), and the first and last day of each position's date.
 * Days are read off the sorted keys, in order, rather than off each event's date by position: those scattered reads
 * took about a tenth of the index at a million events.
 *
 * It allocates as few typed arrays as it can: their memory lies outside V8's heap, and past some tens of megabytes
 * of them V8 starts marking the whole heap ("external memory pressure" in `node --trace-gc`). At a million events,
 * whose heap is about 600 MB, that cost the build up to a second.
 */
function canonicalOrder(
  events: readonly EventRecord[],
  { dates, idRanks }: EventKeys,
): { order: Int32Array; first: Float64Array; last: Float64Array } {
  const n = events.length;
  if (n >= POSITION_BITS) throw new RangeError(`cannot index ${n} events; at most ${POSITION_BITS - 1}`);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (dates[i] as number) * POSITION_BITS + i;
  keys.sort();
  const order = new Int32Array(n);
  const first = new Float64Array(n);
  const last = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    const date = Math.floor(key / POSITION_BITS);
    order[i] = key % POSITION_BITS;
    first[i] = firstDayOfPacked(date);
    last[i] = lastDayOfPacked(date);
  }
  // Events with the same date are ordered by id; each run's keys, no longer needed, make room for its sort.
  const ids = { events, ranks: idRanks };
  for (let start = 0; start < n; ) {
    const run = Math.floor((keys[start] as number) / POSITION_BITS);
    let end = start + 1;
    while (end < n && Math.floor((keys[end] as number) / POSITION_BITS) === run) end++;
    if (end - start > 1) sortRunById(order, start, end, ids, keys.subarray(start, end));
    start = end;
  }
  return { order, first, last };
}

/** The events and their ids' ranks (see `idRank`), by input position. */
interface RankedIds {
  readonly events: readonly EventRecord[];
  readonly ranks: Float64Array;
}

/** Ids of the Event schema are slugs: the end of the id, `-`, the digits and the small letters rank among 38. */
const ID_RANK_BASE = 38;
/** 38 ** 8 is below 2 ** 42, which leaves 11 bits for positions in a run's sort keys. */
const ID_RANK_CHARACTERS = 8;

/**
 * A number that orders as the first eight characters of a slug id do (test/timeline.test.ts holds the Event schema
 * to slugs): ids with different ranks compare as their ranks, and only ids with equal ones need comparing as text.
 */
function idRank(id: string): number {
  let rank = 0;
  for (let c = 0; c < ID_RANK_CHARACTERS; c++) {
    const code = c < id.length ? id.charCodeAt(c) : -1;
    // 0 past the end, 1 for '-' (45), 2–11 for the digits (48–57), 12–37 for the letters (97–122).
    rank = rank * ID_RANK_BASE + (code < 0 ? 0 : code >= 97 ? code - 85 : code >= 48 ? code - 46 : 1);
  }
  return rank;
}

/** Compares the ids of the events at two input positions, by rank first. */
const compareIdsAt = (p: number, q: number, ids: RankedIds): number =>
  (ids.ranks[p] as number) - (ids.ranks[q] as number) ||
  compareCodeUnits((ids.events[p] as EventRecord).id, (ids.events[q] as EventRecord).id);

/** Runs up to this long are sorted in place by insertion: most are a few events on one day. */
const SHORT_RUN = 16;

/**
 * Sorts `order[start..end)`, positions of events with the same date text, by id. A long run (a year's or a month's
 * coarse dates, a busy day) is sorted natively on keys that pack (as much of each id's rank as fits, position in the
 * run), and then only positions whose keys tie are compared again: at a million events, sorting the runs with a
 * comparator took about a second, more than the rest of the index.
 */
function sortRunById(order: Int32Array, start: number, end: number, ids: RankedIds, keys: Float64Array): void {
  const length = end - start;
  if (length <= SHORT_RUN) {
    sortStretchById(order, start, end, ids);
    return;
  }
  const positionBits = 32 - Math.clz32(length - 1);
  const scale = 2 ** positionBits;
  const kept = Math.min(ID_RANK_CHARACTERS, Math.floor((53 - positionBits) / Math.log2(ID_RANK_BASE)));
  const dropped = ID_RANK_BASE ** (ID_RANK_CHARACTERS - kept);
  for (let k = 0; k < length; k++)
    keys[k] = Math.floor((ids.ranks[order[start + k] as number] as number) / dropped) * scale + k;
  keys.sort();
  const positions = positionsIn(order, start, end);
  for (let k = 0; k < length; k++) order[start + k] = positions[(keys[k] as number) % scale] as number;
  for (let group = 0; group < length; ) {
    const prefix = Math.floor((keys[group] as number) / scale);
    let next = group + 1;
    while (next < length && Math.floor((keys[next] as number) / scale) === prefix) next++;
    if (next - group > 1) sortStretchById(order, start + group, start + next, ids);
    group = next;
  }
}

/**
 * A copy of `order[start..end)` in a plain array: a typed one per run would add to the typed arrays' total (see
 * canonicalOrder), and `Array.from` goes through an iterator, which took a tenth of the index at a million events.
 */
function positionsIn(order: Int32Array, start: number, end: number): number[] {
  const positions = new Array<number>(end - start);
  for (let k = start; k < end; k++) positions[k - start] = order[k] as number;
  return positions;
}

/** Sorts `order[start..end)` by id: short stretches in place by insertion, with no array or comparator call. */
function sortStretchById(order: Int32Array, start: number, end: number, ids: RankedIds): void {
  if (end - start > SHORT_RUN) {
    order.set(
      positionsIn(order, start, end).sort((p, q) => compareIdsAt(p, q, ids)),
      start,
    );
    return;
  }
  for (let k = start + 1; k < end; k++) {
    const position = order[k] as number;
    let j = k - 1;
    for (; j >= start && compareIdsAt(order[j] as number, position, ids) > 0; j--) order[j + 1] = order[j] as number;
    order[j + 1] = position;
  }
}

/**
 * Indexes events whose dates are already known to be valid.
 *
 * @param events - the events, in any order
 * @param keys - their keys, when the caller has made them already
 */
export function indexEvents(events: readonly EventRecord[], keys: EventKeys = eventKeysOf(events)): EventIndex {
  const { order, first, last } = canonicalOrder(events, keys);
  const n = order.length;
  const sorted = new Array<EventRecord>(n);
  const longPositions: number[] = [];
  let shortSpan = 0;
  let longestSpan = 0;
  for (let i = 0; i < n; i++) {
    sorted[i] = events[order[i] as number] as EventRecord;
    const days = (last[i] as number) - (first[i] as number);
    if (days > LONG_SPAN_DAYS) {
      longPositions.push(i);
      longestSpan = Math.max(longestSpan, days);
    } else {
      shortSpan = Math.max(shortSpan, days);
    }
  }
  const positions = Int32Array.from(longPositions);
  const long = { positions, first: Float64Array.from(positions, (i) => first[i] ?? 0), longestSpan };
  // The id map costs about as much as the rest of the index at a million events: built on the first `getEvent`.
  const byId = memo(() => new Map(sorted.map((e) => [e.id, e])));
  return { events: sorted, first, last, shortSpan, long, byId };
}

/** The first position whose first day is at least `day`. */
function lowerBound(days: Float64Array, day: number): number {
  return lowerBoundIn(days, 0, days.length, day);
}

/** The first position in `low..high` whose first day is at least `day` (`high` when none is). */
function lowerBoundIn(days: Float64Array, low: number, high: number, day: number): number {
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
  // A date range alone (the common query) skips the filters' checks and takes the events starting inside it in one
  // copy.
  const only =
    q.match === undefined &&
    q.domains === undefined &&
    q.kinds === undefined &&
    q.initiative === undefined &&
    q.actor === undefined &&
    q.place === undefined &&
    q.text === undefined;
  if (only) return overlapping(index, range.first, range.last);
  const within = (q.match === undefined ? 'overlaps' : oneOf(q.match, ['overlaps', 'within'], 'match')) === 'within';
  const domains = stringList(q.domains, DOMAINS, 'domains');
  const kinds = stringList(q.kinds, EVENT_KINDS, 'kinds');
  const initiative = q.initiative === undefined ? undefined : resolve.initiative(text(q.initiative, 'initiative'));
  const actor = q.actor === undefined ? undefined : resolve.actor(text(q.actor, 'actor'));
  const place = q.place === undefined ? undefined : resolve.place(text(q.place, 'place'));
  const needle = q.text === undefined ? undefined : foldWords(text(q.text, 'text')).join(' ');

  if (needle !== undefined) {
    index.searchText ??= index.events.map((e) =>
      foldWords(`${e.title.en} ${e.title.es} ${e.summary.en} ${e.summary.es}`).join(' '),
    );
  }
  const { events, first, last } = index;
  const accepts = (i: number): boolean => {
    const event = events[i] as EventRecord;
    return (
      (domains === undefined || event.domains.some((d) => domains.has(d))) &&
      (kinds === undefined || kinds.has(event.kind)) &&
      (initiative === undefined || event.initiatives.includes(initiative)) &&
      (actor === undefined || event.actors.includes(actor)) &&
      (place === undefined || event.places.includes(place)) &&
      (needle === undefined || (index.searchText?.[i] ?? '').includes(needle))
    );
  };

  if (!within) return overlapping(index, range.first, range.last, accepts);
  const found: EventRecord[] = [];
  const end = lowerBound(first, range.last + 1);
  for (let i = lowerBound(first, range.first); i < end; i++) {
    if ((last[i] as number) <= range.last && accepts(i)) found.push(events[i] as EventRecord);
  }
  return found;
}

/**
 * The events overlapping the days `from..to`, in canonical order. Events starting before `cut` can overlap only if
 * they are long, and they all come first in canonical order; events starting inside the range overlap it whatever
 * their length, so past a few they are taken as one slice of the canonical order (a block copy: pushing ten
 * thousand results one by one cost more than the search). With `accepts`, only the positions it accepts are kept.
 */
function overlapping(
  index: EventIndex,
  from: number,
  to: number,
  accepts?: (position: number) => boolean,
): EventRecord[] {
  const { events, first, last, long } = index;
  const startsInside = lowerBound(first, from);
  const end = gallopTo(first, startsInside, to + 1);
  const cut = from - index.shortSpan;
  const found: EventRecord[] = [];
  for (let j = lowerBound(long.first, from - long.longestSpan); j < long.first.length; j++) {
    if ((long.first[j] as number) >= cut) break;
    const i = long.positions[j] as number;
    if ((last[i] as number) >= from && (accepts === undefined || accepts(i))) found.push(events[i] as EventRecord);
  }
  for (let i = gallopBackTo(first, startsInside, cut); i < startsInside; i++) {
    if ((last[i] as number) >= from && (accepts === undefined || accepts(i))) found.push(events[i] as EventRecord);
  }
  if (accepts === undefined && end - startsInside >= SLICE_FROM) {
    const inside = events.slice(startsInside, end);
    return found.length === 0 ? inside : found.concat(inside);
  }
  for (let i = startsInside; i < end; i++)
    if (accepts === undefined || accepts(i)) found.push(events[i] as EventRecord);
  return found;
}

/** From this many events starting inside a range, one slice and a concat cost less than pushing them one by one. */
const SLICE_FROM = 32;

/**
 * The first position from `start` on whose first day is at least `day`, found by doubling steps from `start`: a
 * narrow window ends a few events after it starts, where a binary search over all events would take twenty steps.
 */
function gallopTo(days: Float64Array, start: number, day: number): number {
  let low = start;
  let step = 1;
  while (low + step < days.length && (days[low + step] as number) < day) {
    low += step;
    step *= 2;
  }
  return lowerBoundIn(days, low, Math.min(low + step, days.length), day);
}

/** The first position at or before `end` whose first day is at least `day`, by doubling steps back from `end`. */
function gallopBackTo(days: Float64Array, end: number, day: number): number {
  let high = end;
  let step = 1;
  while (high - step >= 0 && (days[high - step] as number) >= day) {
    high -= step;
    step *= 2;
  }
  return lowerBoundIn(days, Math.max(high - step, 0), high, day);
}

/** Wraps an index as a `Timeline`. */
export function timelineOf(index: EventIndex, resolve: KeyResolvers): Timeline {
  return Object.freeze({
    // A frozen copy: the index keeps its own array unfrozen, since slicing a frozen array takes V8's slow path
    // (element by element, several times slower than a push loop), and range queries slice it.
    events: Object.freeze(index.events.slice()),
    query: (query?: TimelineQuery) => queryIndex(index, query, resolve),
    getEvent: (id: string) => index.byId().get(text(id, 'id')),
  });
}
