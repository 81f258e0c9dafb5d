import { text } from '../core/arguments.js';
import { type DateInput, toDaySpan } from '../core/date-input.js';
import { NotFoundError } from '../core/errors.js';
import { memo } from '../core/memo.js';
import { dateSpan, spansOverlap } from '../core/partial-date.js';
import { suggest } from '../core/suggest.js';
import { actors } from '../generated/actors.js';
import type { ActorRecord, OfficeRecord } from './types.js';

const terms = /* @__PURE__ */ memo(() => {
  const byRole = new Map<string, { actor: ActorRecord; office: OfficeRecord; first: number; last: number }[]>();
  for (const actor of actors) {
    for (const office of actor.offices) {
      const list = byRole.get(office.role) ?? [];
      list.push({
        actor,
        office,
        first: dateSpan(office.from).first,
        last: office.to === undefined ? Number.POSITIVE_INFINITY : dateSpan(office.to).last,
      });
      byRole.set(office.role, list);
    }
  }
  return byRole;
});

/**
 * The actor who held a role on a date, or `undefined` when the data records nobody in it then. On a handover day
 * (one term ends, the next begins) the incoming holder is returned. Throws `NotFoundError` for an unknown role and
 * `InvalidDateError` for a bad date.
 *
 * @example
 * officeHolder('president-of-mexico', '2025-09-03')?.id // 'claudia-sheinbaum'
 * officeHolder('president-of-the-united-states', '2025-01-20')?.id // 'donald-trump'
 */
export function officeHolder(roleId: string, date: DateInput): ActorRecord | undefined {
  const role = text(roleId, 'roleId');
  const list = terms().get(role);
  if (list === undefined) throw new NotFoundError('role', role, suggest(role, terms().keys()));
  const day = toDaySpan(date, 'date');
  // Latest start first, so that on a handover day the incoming holder wins.
  const holders = list.filter((t) => spansOverlap(t, day)).sort((a, b) => b.first - a.first);
  return holders[0]?.actor;
}

/**
 * The role ids that `officeHolder` knows, sorted.
 *
 * @example
 * officeRoles() // ['mexico-foreign-secretary', 'president-of-mexico', …]
 */
export function officeRoles(): string[] {
  return [...terms().keys()].sort();
}
