import { checkJsonSchema, type JsonSchema } from '../core/json-schema-check.js';
import { describe, InvalidArgumentError, recognizeCopies } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { isPartialDate } from '../core/partial-date.js';
import { copyEvent } from '../generated/event-copy.js';
import { validate as validateEvent } from '../generated/event-validator.js';
import { eventJsonSchema } from '../generated/json-schemas.js';
import { indexEvents, literalIds, timelineOf } from './event-index.js';
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
 * the events it returns. The events are copied and frozen; the app's array is not changed. Filters on `initiative`,
 * `actor` and `place` match ids as written. Throws `InvalidEventsError` listing every bad record.
 *
 * @param events - the app's events, in the shape of the Event schema (any ids)
 * @returns a queryable timeline over frozen copies of them
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
  const copies = new Array<EventRecord>(events.length);
  for (let index = 0; index < events.length; index++) {
    const event: unknown = events[index];
    // The common case: a plain record the compiled validator accepts, copied field by field into one shape.
    const copy = isEvent(event) ? copyEvent(event) : undefined;
    if (copy !== undefined) {
      copies[index] = copy;
      ids[index] = copy.id;
    } else {
      // Everything else gets the generic check, whose problems are the ones reported; exotic records it accepts
      // (such as ones with fields it does not see, or objects that are not plain) are copied as before.
      const id = idOf(event);
      const found = checkJsonSchema(eventJsonSchema as JsonSchema, event);
      for (const problem of found) problems.push(id === undefined ? { index, ...problem } : { index, id, ...problem });
      if (found.length === 0) copies[index] = deepFreeze(structuredClone(event) as EventRecord);
      ids[index] = id;
    }
  }
  if (mayRepeat(ids)) {
    // Each record's repeat after its other problems: the sort is stable.
    problems.push(...repeatedIds(ids));
    problems.sort((a, b) => a.index - b.index);
  }
  if (problems.length > 0) throw new InvalidEventsError(problems);
  return timelineOf(indexEvents(copies), literalIds);
}

/** Set by the build: see src/core/errors.ts. */
declare const RECOGNIZE_COPIES: boolean | undefined;
// A top-level call under the flag, so that the build for bundlers drops it (see recognizeCopies).
if (typeof RECOGNIZE_COPIES !== 'undefined' && RECOGNIZE_COPIES)
  recognizeCopies(InvalidEventsError, 'InvalidEventsError');

/** A problem for every id that an earlier record already has, in input order. */
function repeatedIds(ids: readonly (string | undefined)[]): EventProblem[] {
  const seen = new Set<string>();
  const problems: EventProblem[] = [];
  ids.forEach((id, index) => {
    // The set grows unless the id was there already: one hash lookup instead of `has` then `add`.
    if (id !== undefined && seen.size === seen.add(id).size)
      problems.push({ index, id, path: 'id', message: `repeats the id '${id}'` });
  });
  return problems;
}

/**
 * Whether two of the ids may be the same: false when their 32-bit hashes all differ. Adding 100,000 ids to a `Set`
 * took 50–90 ms on the benchmark machine, hashing them and sorting the hashes as numbers about 20 ms; so the exact
 * check (`repeatedIds`) runs only when two hashes meet.
 */
function mayRepeat(ids: readonly (string | undefined)[]): boolean {
  const hashes = new Uint32Array(ids.length);
  let count = 0;
  for (const id of ids) if (id !== undefined) hashes[count++] = fnv1a(id);
  const sorted = hashes.subarray(0, count).sort();
  for (let i = 1; i < count; i++) if (sorted[i] === sorted[i - 1]) return true;
  return false;
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

/** The compiled Event schema, plus the calendar check of `date` that it leaves to us (see scripts/generate.ts). */
const isEvent = (event: unknown): event is EventRecord =>
  validateEvent(event) && isPartialDate((event as EventRecord).date);
