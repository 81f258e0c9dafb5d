import { compareCodeUnits } from '../core/compare.js';
import { oneOf, options, text } from '../core/arguments.js';
import { describe, InvalidArgumentError } from '../core/errors.js';
import { toDayRange } from '../core/date-input.js';
import { foldWords } from '../core/fold.js';
import { memo } from '../core/memo.js';
import { firstDayOf, lastDayOf } from '../core/partial-date.js';
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

// Sort keys pack (first day, precision, input position) into one double, so that one native numeric sort does the
// work of the string comparator: first days of years 0000–9999 shifted to start at 0 fit in 22 bits, the precision
// rank in 2 and the position in 29 (53 in all, the doubles' exact integers).
const FIRST_DAY_SHIFT = 719_528;
const PRECISION_RANK = { 4: 0, 7: 1, 10: 2 } as Readonly<Record<number, number>>;
const POSITION_BITS = 536_870_912; // 2 ** 29, written out so that bundlers see a constant

/** Positions of `events` in canonical order (see `compareEvents`), and each event's span by position. */
function canonicalOrder(events: readonly EventRecord[]): {
  order: Int32Array;
  first: Float64Array;
  last: Float64Array;
} {
  const n = events.length;
  if (n >= POSITION_BITS) throw new RangeError(`cannot index ${n} events; at most ${POSITION_BITS - 1}`);
  const first = new Float64Array(n);
  const last = new Float64Array(n);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const date = (events[i] as EventRecord).date;
    const day = firstDayOf(date);
    first[i] = day;
    last[i] = lastDayOf(date);
    // The date text orders as (first day, coarser precision first): '2010' < '2010-01' < '2010-01-01'.
    keys[i] = ((day + FIRST_DAY_SHIFT) * 4 + (PRECISION_RANK[date.length] ?? 0)) * POSITION_BITS + i;
  }
  keys.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = (keys[i] as number) % POSITION_BITS;
  // Events with the same date text are ordered by id.
  for (let start = 0; start < n; ) {
    const run = Math.floor((keys[start] as number) / POSITION_BITS);
    let end = start + 1;
    while (end < n && Math.floor((keys[end] as number) / POSITION_BITS) === run) end++;
    if (end - start > 1) sortRunById(order, start, end, events);
    start = end;
  }
  return { order, first, last };
}

/** Runs up to this long are sorted in place by insertion: most are a few events on one day. */
const SHORT_RUN = 16;

/** Sorts `order[start..end)`, positions of events with the same date text, by id. */
function sortRunById(order: Int32Array, start: number, end: number, events: readonly EventRecord[]): void {
  const idAt = (k: number) => (events[order[k] as number] as EventRecord).id;
  if (end - start <= SHORT_RUN) {
    // In place, with no array, iterator or comparator call per run: the many short runs cost little.
    for (let k = start + 1; k < end; k++) {
      const position = order[k] as number;
      const id = (events[position] as EventRecord).id;
      let j = k - 1;
      for (; j >= start && idAt(j) > id; j--) order[j + 1] = order[j] as number;
      order[j + 1] = position;
    }
    return;
  }
  // Longer runs (a year's or a month's coarse dates) sort their ids once, keeping each one's position beside it.
  const run: { id: string; position: number }[] = [];
  for (let k = start; k < end; k++) run.push({ id: idAt(k), position: order[k] as number });
  run.sort((a, b) => compareCodeUnits(a.id, b.id));
  for (let k = start; k < end; k++) order[k] = (run[k - start] as { position: number }).position;
}

/** Indexes events whose dates are already known to be valid. */
export function indexEvents(events: readonly EventRecord[]): EventIndex {
  const { order, first: firstIn, last: lastIn } = canonicalOrder(events);
  const n = order.length;
  const sorted = new Array<EventRecord>(n);
  const first = new Float64Array(n);
  const last = new Float64Array(n);
  const longPositions: number[] = [];
  let shortSpan = 0;
  let longestSpan = 0;
  for (let i = 0; i < n; i++) {
    const j = order[i] as number;
    sorted[i] = events[j] as EventRecord;
    first[i] = firstIn[j] as number;
    last[i] = lastIn[j] as number;
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
