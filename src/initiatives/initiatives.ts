import type { Domain, InitiativeStatus } from '../generated/records.js';
import { oneOf, options, text } from '../core/arguments.js';
import { type DateInput, toDaySpan } from '../core/date-input.js';
import { dateSpan, spansOverlap } from '../core/partial-date.js';
import { initiatives as all } from '../generated/initiatives.js';
import { DOMAINS, INITIATIVE_STATUSES } from '../core/vocabulary.js';
import type { InitiativeRecord } from './types.js';

/** Filters of `initiatives`; all given filters must hold. */
export interface InitiativesQuery {
  readonly domain?: Domain;
  readonly status?: InitiativeStatus;
  /** Only initiatives in force on this date: started on or before it and not ended before it. */
  readonly activeOn?: DateInput;
  /** ISO 3166-1 alpha-2 code of a party, such as `'CA'`. */
  readonly party?: string;
}

function activeOnSpan(record: InitiativeRecord, day: { first: number; last: number }): boolean {
  // An initiative with no known start cannot be said to be active on any date; with no end, it still runs.
  if (record.start === undefined) return false;
  const last = record.end === undefined ? Number.POSITIVE_INFINITY : dateSpan(record.end).last;
  return spansOverlap({ first: dateSpan(record.start).first, last }, day);
}

/**
 * Initiatives matching every given filter, sorted by id. Throws `InvalidArgumentError` for an unknown domain or
 * status and `InvalidDateError` for a bad `activeOn`.
 *
 * @param query - `domain`, `status`, `activeOn` and `party`; all given filters must hold
 * @returns the matching initiatives, sorted by id
 * @throws `InvalidArgumentError` for an unknown domain or status; `InvalidDateError` for a bad `activeOn`
 * @example
 * initiatives({ domain: 'trade' }).map((i) => i.id).includes('usmca') // true
 * initiatives({ party: 'CA', status: 'replaced' }).map((i) => i.id) // ['nafta']
 * initiatives({ activeOn: '2015-01-01' }).map((i) => i.id).includes('merida-initiative') // true
 * initiatives({ activeOn: '2019-06-01', domain: 'trade' }).some((i) => i.id === 'usmca') // false
 */
export function initiatives(query?: InitiativesQuery): InitiativeRecord[] {
  const { domain, status, activeOn, party } = options(query, 'query');
  const wantedDomain = domain === undefined ? undefined : oneOf(domain, DOMAINS, 'domain');
  const wantedStatus = status === undefined ? undefined : oneOf(status, INITIATIVE_STATUSES, 'status');
  const wantedParty = party === undefined ? undefined : text(party, 'party').toUpperCase();
  const day = activeOn === undefined ? undefined : toDaySpan(activeOn, 'activeOn');
  return all().filter(
    (r) =>
      (wantedDomain === undefined || r.domains.includes(wantedDomain)) &&
      (wantedStatus === undefined || r.status === wantedStatus) &&
      (wantedParty === undefined || r.parties.includes(wantedParty)) &&
      (day === undefined || activeOnSpan(r, day)),
  );
}
