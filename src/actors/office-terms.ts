import { type DateInput, toDayRange, toDaySpan } from '../core/date-input.js';
import { CoverageError } from '../core/errors.js';
import { type DaySpan, spansOverlap } from '../core/partial-date.js';
import type { RoleId } from '../generated/roles.js';
import { type IndexedRole, indexedRole } from './roles.js';
import type { ActorRecord, OfficeRecord } from './types.js';

/** A term of office with its holder: who, with what title, from when to when, acting or not, and its sources. */
export type OfficeTerm = OfficeRecord & {
  /** The person who held the office. */
  readonly holder: ActorRecord;
};

/** A period: a partial date (`'2018'`, `'2018-12'`, `'2018-12-01'`), a `Date`, or a range of them. */
export type OfficePeriod = DateInput | { readonly from?: DateInput; readonly to?: DateInput };

/**
 * Every term of a role that overlaps a period, oldest first; with no period, every term recorded. A term whose dates
 * are known only to the month or year is included when it may overlap the period.
 *
 * @param roleId - the role, such as `'president-of-mexico'`
 * @param period - a partial date, a `Date`, or `{ from, to }`; omitted for every term
 * @returns the terms, each with its holder
 * @throws {@link NotFoundError} for an unknown role
 * @throws {@link CoverageError} when the period reaches outside the role's coverage or into a gap in it
 * @throws {@link InvalidDateError} for a bad date; {@link InvalidRangeError} when `from` is after `to`
 * @example
 * officeTerms('president-of-mexico', '2018').map((t) => t.holder.id) // ['enrique-pena-nieto', 'andres-manuel-lopez-obrador']
 * officeTerms('us-secretary-of-state', { from: '2025-01-19', to: '2025-01-22' }).map((t) => t.acting) // [false, true, false]
 */
export function officeTerms(roleId: RoleId, period?: OfficePeriod): OfficeTerm[] {
  const entry = indexedRole(roleId);
  if (period === undefined) return entry.terms.map(toOfficeTerm);
  const span =
    typeof period === 'string' || period instanceof Date
      ? toDaySpan(period, 'period')
      : toDayRange(period.from, period.to);
  requireCovered(entry, span, period);
  return entry.terms.filter((t) => spansOverlap({ first: t.from.first, last: t.to.last }, span)).map(toOfficeTerm);
}

function toOfficeTerm(term: { readonly holder: ActorRecord; readonly office: OfficeRecord }): OfficeTerm {
  return { ...term.office, holder: term.holder };
}

/**
 * Throws `CoverageError` when a span of days reaches outside a role's coverage or into one of its gaps.
 *
 * @param entry - the role
 * @param span - the days asked about
 * @param asked - what the caller passed, for the message
 * @throws {@link CoverageError} naming what is covered, or what is missing and why
 * @example
 * requireCovered(indexedRole('president-of-mexico'), { first: 0, last: 0 }, '1970-01-01') // throws CoverageError
 */
export function requireCovered(entry: IndexedRole, span: DaySpan, asked: unknown): void {
  const { role, covered, coveredTo } = entry;
  const what = `the holders of ${role.id} are recorded from ${role.coverage.from} to ${coveredTo}`;
  if (span.first < covered.first || span.last > covered.last) {
    throw new CoverageError(`${describePeriod(asked)} is outside the data: ${what}.`, {
      from: role.coverage.from,
      to: coveredTo,
    });
  }
  for (const gap of role.gaps) {
    if (spansOverlap(span, toDayRange(gap.from, gap.to))) {
      // A gap is covered where a recorded term certainly holds, such as the last weeks of an outgoing holder.
      const held = entry.terms.some((t) => t.from.last <= span.first && span.last <= t.to.first);
      if (!held) {
        throw new CoverageError(
          `${describePeriod(asked)} falls in a gap in the data (${gap.from} to ${gap.to}): ${gap.note}`,
          { from: role.coverage.from, to: coveredTo },
        );
      }
    }
  }
}

function describePeriod(period: unknown): string {
  if (period instanceof Date) return period.toISOString().slice(0, 10);
  if (typeof period === 'object' && period !== null) {
    const { from, to } = period as { from?: unknown; to?: unknown };
    return `${String(from ?? '…')} to ${String(to ?? '…')}`;
  }
  return String(period);
}
