import { requireActor } from '../actors/lookup.js';
import { text } from '../core/arguments.js';
import { memo } from '../core/memo.js';
import { type EventId, events } from '../generated/events.js';
import { requireInitiative } from '../initiatives/lookup.js';
import { requirePlace } from '../places/places.js';
import { indexEvents, queryIndex, type KeyResolvers } from './event-index.js';
import type { EventRecord, TimelineQuery } from './types.js';

const index = /* @__PURE__ */ memo(() => indexEvents(events()));

const resolveKeys: KeyResolvers = {
  initiative: (key) => requireInitiative(key).id,
  actor: (key) => requireActor(key).id,
  place: (key) => requirePlace(key).id,
};

/**
 * Events of U.S.–Mexico relations matching a query, sorted by date then id. `initiative`, `actor` and `place`
 * take any key their lookups accept (`'T-MEC'`, `'Sheinbaum'`, `'MX-CMX'`).
 *
 * Throws `InvalidDateError` for a bad date, `InvalidRangeError` when `from` is after `to`, `InvalidArgumentError`
 * for an unknown domain, kind or `match`, and `NotFoundError` for an unknown initiative, actor or place.
 *
 * @param query - filters; all given ones must hold (see {@link TimelineQuery})
 * @returns the matching events, by date then id
 * @throws `InvalidDateError` for a bad date; `InvalidRangeError` when `from` is after `to`; `InvalidArgumentError` for
 *   an unknown domain, kind or `match`; `NotFoundError` for an unknown initiative, actor or place
 * @example
 * timeline({ from: '2025-09', to: '2025-09', domains: ['security'] }).map((e) => e.id)
 * // ['rubio-visit-joint-statement', 'security-implementation-group-first-meeting', 'mission-firewall-announced']
 * timeline({ initiative: 'T-MEC', kinds: ['signing', 'entry-into-force'] }).map((e) => e.date).slice(0, 2) // ['2018-11-30', '2019-05-17']
 */
export function timeline(query?: TimelineQuery): EventRecord[] {
  return queryIndex(index(), query, resolveKeys);
}

/**
 * The event with this id, or `undefined`. Throws `InvalidArgumentError` when `id` is not a string.
 *
 * @param id - an event id
 * @returns the event, or `undefined`
 * @throws `InvalidArgumentError` when `id` is not a string
 * @example
 * getEvent('usmca-entry-into-force')?.date // '2020-07-01'
 */
export function getEvent(id: EventId | (string & {})): EventRecord | undefined {
  return index().byId().get(text(id, 'id'));
}
