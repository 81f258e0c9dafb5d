import { checkJsonSchema, type JsonSchema } from '../core/json-schema-check.js';
import { describe, InvalidArgumentError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
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
 * Builds a timeline over an app's own events, validated against the package's Event schema (its generated JSON
 * Schema form, so zod is not loaded) and indexed so that a date-range query costs a binary search plus the events
 * it returns. The events are copied and frozen; the app's array is not changed. Filters on `initiative`, `actor`
 * and `place` match ids as written. Throws `InvalidEventsError` listing every bad record.
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
  const seen = new Set<string>();
  events.forEach((event: unknown, index) => {
    const id =
      typeof event === 'object' && event !== null && typeof (event as { id?: unknown }).id === 'string'
        ? (event as { id: string }).id
        : undefined;
    const where = id === undefined ? { index } : { index, id };
    for (const problem of checkJsonSchema(eventJsonSchema as JsonSchema, event))
      problems.push({ ...where, ...problem });
    if (id !== undefined && seen.has(id)) problems.push({ ...where, path: 'id', message: `repeats the id '${id}'` });
    if (id !== undefined) seen.add(id);
  });
  if (problems.length > 0) throw new InvalidEventsError(problems);
  const copies = events.map((event) => deepFreeze(structuredClone(event) as EventRecord));
  return timelineOf(indexEvents(copies), literalIds);
}
