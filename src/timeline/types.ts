import type { ActorId } from '../generated/actors.js';
import type { InitiativeId } from '../generated/initiatives.js';
import type { PlaceId } from '../generated/places.js';
import type { Domain, EventKind, EventRecord } from '../generated/records.js';
export type { EventRecord } from '../generated/records.js';
import type { DateInput } from '../core/date-input.js';

/** Filters of a timeline query; all given filters must hold. */
export interface TimelineQuery {
  /** Start of the date range (a partial date or a `Date`, read as its UTC calendar day). */
  readonly from?: DateInput;
  /** End of the date range, inclusive. */
  readonly to?: DateInput;
  /**
   * `overlaps` (default): the event's span of days meets the range, so a month-precision `'2025-09'` event
   * overlaps `from: '2025-09-15'`. `within`: the event's whole span lies inside the range.
   */
  readonly match?: 'overlaps' | 'within';
  /** Events in any of these domains. */
  readonly domains?: readonly Domain[];
  /** Events of any of these kinds. */
  readonly kinds?: readonly EventKind[];
  /** Events linked to this initiative (any id, acronym, alias or name on the built-in timeline; an id otherwise). */
  readonly initiative?: InitiativeId | (string & {});
  /** Events involving this actor (any key on the built-in timeline; an id otherwise). */
  readonly actor?: ActorId | (string & {});
  /** Events at this place (any key on the built-in timeline; an id otherwise). */
  readonly place?: PlaceId | (string & {});
  /** Events whose title or summary, in either language, contains this text (case and accents ignored). */
  readonly text?: string;
}

/** A queryable, indexed set of events: the built-in one, or an app's own from `createTimeline`. */
export interface Timeline {
  /** The events, sorted by date then id, in a frozen array (see `createTimeline` for an app's own events). */
  readonly events: readonly EventRecord[];
  /** Events matching a query, sorted by date then id. */
  query(query?: TimelineQuery): EventRecord[];
  /** The event with this id, or `undefined`. */
  getEvent(id: string): EventRecord | undefined;
}
