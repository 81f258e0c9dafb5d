import { text } from '../core/arguments.js';
import { NotFoundError } from '../core/errors.js';
import { memo } from '../core/memo.js';
import { type DaySpan, dateSpan } from '../core/partial-date.js';
import { suggest } from '../core/suggest.js';
import { actors } from '../generated/actors.js';
import { asOf } from '../generated/meta.js';
import { type RoleId, roles } from '../generated/roles.js';
import type { ActorRecord, OfficeRecord, RoleRecord } from './types.js';

/** A term with the days its dates span: a date known to the month or year could be any day in it. */
export interface IndexedTerm {
  readonly holder: ActorRecord;
  readonly office: OfficeRecord;
  readonly from: DaySpan;
  readonly to: DaySpan;
}

/** A role with its terms (sorted by start) and the days its coverage spans. */
export interface IndexedRole {
  readonly role: RoleRecord;
  readonly terms: readonly IndexedTerm[];
  readonly covered: DaySpan;
  /** The last day covered, as a date: the role's own `coverage.to`, else the data's `asOf`. */
  readonly coveredTo: string;
}

const OPEN: DaySpan = { first: Number.POSITIVE_INFINITY, last: Number.POSITIVE_INFINITY };

const index = /* @__PURE__ */ memo(() => {
  const byRole = new Map<string, IndexedRole>();
  for (const role of roles()) {
    const coveredTo = role.coverage.to ?? asOf;
    const terms = actors()
      .flatMap((holder) => holder.offices.filter((o) => o.role === role.id).map((office) => ({ holder, office })))
      .map(({ holder, office }) => ({
        holder,
        office,
        from: dateSpan(office.from),
        to: office.to === undefined ? OPEN : dateSpan(office.to),
      }))
      .sort((a, b) => a.from.first - b.from.first);
    byRole.set(role.id, {
      role,
      terms,
      covered: { first: dateSpan(role.coverage.from).first, last: dateSpan(coveredTo).last },
      coveredTo,
    });
  }
  return byRole;
});

/**
 * The indexed role with this id; throws `NotFoundError` with the closest role ids when there is none.
 *
 * @param roleId - a role id
 * @returns the role with its terms
 * @throws {@link NotFoundError} for an unknown role; {@link InvalidArgumentError} when `roleId` is not a string
 * @example
 * indexedRole('president-of-mexico').terms.length > 5 // true
 */
export function indexedRole(roleId: unknown): IndexedRole {
  const id = text(roleId, 'roleId');
  const entry = index().get(id);
  if (entry === undefined) throw new NotFoundError('role', id, suggest(id, index().keys()));
  return entry;
}

/**
 * The offices whose holders the data records, sorted by id: names in both languages, country, and the period the
 * record covers.
 *
 * @returns every role record
 * @throws never
 * @example
 * officeRoles().map((r) => r.id).includes('us-ambassador-to-mexico') // true
 * officeRoles().find((r) => r.id === 'president-of-mexico')?.name.es // 'Presidente de los Estados Unidos Mexicanos'
 */
export function officeRoles(): RoleRecord[] {
  return [...roles()];
}

/**
 * A role by id, or `undefined` for an unknown id.
 *
 * @param roleId - a role id
 * @returns the role record, or `undefined`
 * @throws {@link InvalidArgumentError} when `roleId` is not a string
 * @example
 * getRole('us-secretary-of-state')?.coverage.from // '1994-01-01'
 */
export function getRole(roleId: RoleId | (string & {})): RoleRecord | undefined {
  return index().get(text(roleId, 'roleId'))?.role;
}
