import { asOf } from '../generated/meta.js';
import { events } from '../generated/events.js';

/** What period the built-in timeline covers, how recent it is, and how dense. */
export interface TimelineCoverage {
  /** Date of the first event, at its own precision. */
  readonly from: string;
  /** Date of the latest event, at its own precision. */
  readonly to: string;
  /** The newest date of any record in the data (events, figures, trade months, office terms). */
  readonly asOf: string;
  /** Number of events. */
  readonly events: number;
  /** Events per calendar year, for every year from the first to the last; a year without events counts 0. */
  readonly perYear: ReadonlyMap<number, number>;
}

/**
 * What period the built-in timeline covers and how recent it is, so an app can say "1994 to January 2026" and show
 * where the record is thin.
 *
 * @returns the first and last event dates, the data's `asOf`, and the number of events per year
 * @throws never
 * @example
 * timelineCoverage().from // '1994-01-01'
 * timelineCoverage().perYear.get(2019)! > 0 // true
 */
export function timelineCoverage(): TimelineCoverage {
  const first = events()[0]?.date ?? '';
  const last = events()[events().length - 1]?.date ?? '';
  const perYear = new Map<number, number>();
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) perYear.set(year, 0);
  for (const event of events()) {
    const year = Number(event.date.slice(0, 4));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  return { from: first, to: last, asOf, events: events().length, perYear };
}
