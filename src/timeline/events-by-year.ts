import { InvalidArgumentError, describe } from '../core/errors.js';
import { events as all } from '../generated/events.js';
import { compareEvents } from './event-index.js';
import type { EventRecord } from './types.js';

/**
 * Groups events by calendar year, years ascending and events by date then id within each; the built-in events
 * when none are given. Throws `InvalidArgumentError` when `events` is not an array.
 *
 * @param events - the events to group; the built-in ones by default
 * @returns a map from year to that year's events, years ascending
 * @throws `InvalidArgumentError` when `events` is not an array
 * @example
 * eventsByYear().get(1994)?.[0]?.id // 'nafta-entry-into-force'
 */
export function eventsByYear(events: readonly EventRecord[] = all()): Map<number, EventRecord[]> {
  if (!Array.isArray(events)) throw new InvalidArgumentError(`events must be an array; got ${describe(events)}.`);
  const years = new Map<number, EventRecord[]>();
  for (const event of [...events].sort(compareEvents)) {
    const year = Number(event.date.slice(0, 4));
    const list = years.get(year) ?? [];
    list.push(event);
    years.set(year, list);
  }
  return new Map([...years].sort(([a], [b]) => a - b));
}
