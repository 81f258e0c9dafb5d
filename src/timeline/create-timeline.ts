import { checkJsonSchema, type JsonSchema } from '../core/json-schema-check.js';
import { describe, InvalidArgumentError, recognizeCopies } from '../core/errors.js';
import { isPlainEvent } from '../generated/event-plain.js';
import { validate as validateEvent } from '../generated/event-validator.js';
import { eventJsonSchema } from '../generated/json-schemas.js';
import { emptyEventKeys, indexEvents, literalIds, setEventKeys, timelineOf } from './event-index.js';
import type { EventRecord, Timeline } from './types.js';

/** One problem with one of the events given to `createTimeline`. */
export interface EventProblem {
  /** Position in the array given. */
  readonly index: number;
  /** The event's id, when it has a string one. */
  readonly id?: string;
  /** Field path, such as `title.es`; empty for the whole record. */
  readonly path: string;
  readonly message: string;
}

/**
 * Events given to `createTimeline` that do not match the Event schema, or repeat an id. `problems` lists every one.
 *
 * @example
 * createTimeline([{ id: 'x' }]) // throws InvalidEventsError
 */
export class InvalidEventsError extends InvalidArgumentError {
  override readonly name: string = 'InvalidEventsError';
  /** @param problems - every problem found, in input order */
  constructor(readonly problems: readonly EventProblem[]) {
    const shown = problems
      .slice(0, 10)
      .map(
        (p) => `  events[${p.index}]${p.id === undefined ? '' : ` (${p.id})`} ${p.path || '(record)'}: ${p.message}`,
      );
    const more = problems.length > shown.length ? [`  …and ${problems.length - shown.length} more`] : [];
    super([`${problems.length} problem(s) in the events given to createTimeline:`, ...shown, ...more].join('\n'));
  }
}

/**
 * Builds a timeline over an app's own events, validated against the package's Event schema (compiled from its JSON
 * Schema form at build time, so zod is not loaded) and indexed so that a date-range query costs a binary search plus
 * the events it returns. Filters on `initiative`, `actor` and `place` match ids as written. Throws
 * `InvalidEventsError` listing every bad record.
 *
 * The timeline holds the app's own event objects, as they are: it neither copies nor freezes them, and queries
 * return them. It indexes each event's date and id as they were when it was built, so build a new timeline after
 * changing an event.
 *
 * @param events - the app's events, in the shape of the Event schema (any ids)
 * @returns a queryable timeline over them
 * @throws `InvalidEventsError` listing every bad record; `InvalidArgumentError` when `events` is not an array
 * @example
 * const mine = createTimeline([
 *   { id: 'kickoff', date: '2026-03', kind: 'meeting', title: { en: 'Kickoff', es: 'Inicio' },
 *     summary: { en: 'Team kickoff.', es: 'Inicio del equipo.' }, domains: ['trade'], initiatives: [],
 *     actors: [], places: [], figures: [], sources: [{ source: 'my-notes' }] },
 * ]);
 * mine.query({ from: '2026-03-15' }).length // 1
 */
export function createTimeline(events: readonly unknown[]): Timeline {
  if (!Array.isArray(events)) throw new InvalidArgumentError(`events must be an array; got ${describe(events)}.`);
  const problems: EventProblem[] = [];
  const ids = new Array<string | undefined>(events.length);
  // Each id is hashed, and each event keyed for the index, while the validator has just read it.
  const hashes = new Uint32Array(events.length);
  const accepted = new Array<EventRecord>(events.length);
  const keys = emptyEventKeys(events.length);
  for (let index = 0; index < events.length; index++) {
    const event: unknown = events[index];
    const id = idOf(event);
    // The common case: a plain record the compiled validator accepts, with a real calendar date.
    if (validateEvent(event) && isPlainEvent(event) && setEventKeys(keys, index, event)) {
      accepted[index] = event;
    } else {
      // Everything else gets the generic check, whose problems are the ones reported; exotic records it accepts
      // (such as objects that are not plain) are kept as well.
      const found = checkJsonSchema(eventJsonSchema as JsonSchema, event);
      for (const problem of found) problems.push(id === undefined ? { index, ...problem } : { index, id, ...problem });
      if (found.length === 0) {
        accepted[index] = event as EventRecord;
        setEventKeys(keys, index, event as EventRecord);
      }
    }
    ids[index] = id;
    if (id !== undefined) hashes[index] = fnv1a(id);
  }
  const shared = sharedHashes(ids, hashes);
  if (shared.size > 0) {
    // Each record's repeat after its other problems: the sort is stable. One push per problem: spreading hundreds of
    // thousands of them into one call overflowed the stack.
    for (const problem of repeatedIds(ids, hashes, shared)) problems.push(problem);
    problems.sort((a, b) => a.index - b.index);
  }
  if (problems.length > 0) throw new InvalidEventsError(problems);
  return timelineOf(indexEvents(accepted, keys), literalIds);
}

/** Set by the build: see recognizeCopies (src/core/errors/recognize-copies.ts). */
declare const RECOGNIZE_COPIES: boolean | undefined;
// A top-level call under the flag, so that the build for bundlers drops it (see recognizeCopies).
if (typeof RECOGNIZE_COPIES !== 'undefined' && RECOGNIZE_COPIES)
  recognizeCopies(InvalidEventsError, 'InvalidEventsError');

/**
 * A problem for every id that an earlier record already has, in input order, looking only at ids whose hashes are
 * `shared`: no other id can repeat.
 */
function repeatedIds(
  ids: readonly (string | undefined)[],
  hashes: Uint32Array,
  shared: ReadonlySet<number>,
): EventProblem[] {
  const seen = new Set<string>();
  const problems: EventProblem[] = [];
  ids.forEach((id, index) => {
    // The set grows unless the id was there already: one hash lookup instead of `has` then `add`.
    if (id !== undefined && shared.has(hashes[index] as number) && seen.size === seen.add(id).size)
      problems.push({ index, id, path: 'id', message: `repeats the id '${id}'` });
  });
  return problems;
}

/**
 * The 32-bit hashes that two or more of the ids share: a repeated id is among the ids with one of them. Adding
 * 100,000 ids to a `Set` took 50–90 ms on the benchmark machine, hashing them and sorting the hashes as numbers
 * about 20 ms. At a million ids, some hashes always meet (about a hundred pairs), so the exact check
 * (`repeatedIds`) looks only at the ids with those: checking all of them took about a second.
 */
function sharedHashes(ids: readonly (string | undefined)[], hashes: Uint32Array): Set<number> {
  const sorted = new Uint32Array(ids.length);
  let count = 0;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== undefined) sorted[count++] = hashes[i] as number;
  sorted.subarray(0, count).sort();
  const shared = new Set<number>();
  for (let i = 1; i < count; i++) if (sorted[i] === sorted[i - 1]) shared.add(sorted[i] as number);
  return shared;
}

/** The 32-bit FNV-1a hash of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const idOf = (event: unknown): string | undefined =>
  typeof event === 'object' && event !== null && typeof (event as { id?: unknown }).id === 'string'
    ? (event as { id: string }).id
    : undefined;
