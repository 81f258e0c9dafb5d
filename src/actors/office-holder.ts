import { type DateInput, toPartialDateParts } from '../core/date-input.js';
import { DatePrecisionError } from '../core/errors.js';
import { partialDateSpan } from '../core/partial-date.js';
import type { RoleId } from '../generated/roles.js';
import { requireCovered } from './office-terms.js';
import { indexedRole } from './roles.js';
import type { ActorRecord } from './types.js';

/**
 * Who held a role on a day, or `undefined` when nobody did (an office left vacant, or not yet or no longer in
 * existence). On a handover day the incoming holder is returned, and so is an acting holder standing in for one on
 * leave (the term says `acting: true`). A term known only to the month or year counts where it may cover the day and
 * no term certainly does.
 *
 * @param roleId - the role, such as `'president-of-mexico'`
 * @param date - a day: `'YYYY-MM-DD'` or a `Date` (its UTC calendar day)
 * @returns the holder, or `undefined` for a vacancy
 * @throws {@link DatePrecisionError} for a month or a year, which several people may share (use `officeTerms`)
 * @throws {@link CoverageError} for a day outside the role's coverage or in a gap in it
 * @throws {@link NotFoundError} for an unknown role; {@link InvalidDateError} for a bad date
 * @example
 * officeHolder('president-of-mexico', '2025-09-03')?.id // 'claudia-sheinbaum'
 * officeHolder('president-of-the-united-states', '2025-01-20')?.id // 'donald-trump'
 * officeHolder('us-secretary-of-state', '2023-06-01')?.id // 'antony-blinken'
 */
export function officeHolder(roleId: RoleId, date: DateInput): ActorRecord | undefined {
  const entry = indexedRole(roleId);
  const parts = toPartialDateParts(date, 'date');
  if (parts.precision !== 'day') {
    throw new DatePrecisionError(
      'date',
      date,
      `Use officeTerms('${entry.role.id}', '${date}') for every holder in it.`,
    );
  }
  const day = partialDateSpan(parts).first;
  requireCovered(entry, { first: day, last: day }, date);
  // Latest start first, so that on a handover day the incoming holder wins.
  const latestFirst = [...entry.terms].reverse();
  const certain = latestFirst.find((t) => t.from.last <= day && day <= t.to.first);
  return (certain ?? latestFirst.find((t) => t.from.first <= day && day <= t.to.last))?.holder;
}
