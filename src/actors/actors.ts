import type { ActorKind } from '../generated/records.js';
import { oneOf, options, text } from '../core/arguments.js';
import { ACTOR_KINDS } from '../core/vocabulary.js';
import { actors as all } from '../generated/actors.js';
import type { ActorRecord } from './types.js';

/** Filters of `actors`. */
export interface ActorsQuery {
  readonly kind?: ActorKind;
  /** ISO 3166-1 alpha-2 code, such as `'MX'`. */
  readonly country?: string;
}

/**
 * Actors matching every given filter, sorted by id. Throws `InvalidArgumentError` for an unknown kind.
 *
 * @param query - `kind` and `country`; all given filters must hold
 * @returns the matching actors, sorted by id
 * @throws `InvalidArgumentError` for an unknown kind or a `query` that is not an object
 * @example
 * actors({ kind: 'person', country: 'MX' }).map((a) => a.id).includes('claudia-sheinbaum') // true
 */
export function actors(query?: ActorsQuery): ActorRecord[] {
  const { kind, country } = options(query, 'query');
  const wantedKind = kind === undefined ? undefined : oneOf(kind, ACTOR_KINDS, 'kind');
  const wantedCountry = country === undefined ? undefined : text(country, 'country').toUpperCase();
  return all().filter(
    (a) =>
      (wantedKind === undefined || a.kind === wantedKind) &&
      (wantedCountry === undefined || a.country === wantedCountry),
  );
}
