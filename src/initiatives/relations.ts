import type { ComponentKind, EventRecord } from '../generated/records.js';
import { oneOf } from '../core/arguments.js';
import { events } from '../generated/events.js';
import { type InitiativeId, initiatives } from '../generated/initiatives.js';
import { COMPONENT_KINDS } from '../core/vocabulary.js';
import { getInitiative, requireInitiative } from './lookup.js';
import type { ComponentRecord, InitiativeRecord } from './types.js';

/** A key accepted by the initiative helpers: an id, acronym, alias or name. */
export type InitiativeKey = InitiativeId | (string & {});

/**
 * The chain of agreements an initiative replaced and was replaced by, oldest first, including itself. Throws
 * `NotFoundError` for an unknown key.
 *
 * @param key - any key `getInitiative` accepts
 * @returns the initiatives in the chain, oldest first, itself included
 * @throws `NotFoundError` for an unknown key
 * @example
 * initiativeLineage('T-MEC').map((i) => i.id) // ['nafta', 'usmca']
 * initiativeLineage('TLCAN').map((i) => i.id) // ['nafta', 'usmca']
 */
export function initiativeLineage(key: InitiativeKey): InitiativeRecord[] {
  const start = requireInitiative(key);
  const lineage = [start];
  const seen = new Set([start.id]);
  for (let current = start; ; ) {
    const predecessor = current.replaces.map((id) => getInitiative(id)).find((r) => r !== undefined && !seen.has(r.id));
    if (predecessor === undefined) break;
    lineage.unshift(predecessor);
    seen.add(predecessor.id);
    current = predecessor;
  }
  for (let current = start; ; ) {
    const successor = initiatives().find((r) => !seen.has(r.id) && r.replaces.includes(current.id));
    if (successor === undefined) break;
    lineage.push(successor);
    seen.add(successor.id);
    current = successor;
  }
  return lineage;
}

/**
 * The initiatives whose `parent` is this one, sorted by id. Throws `NotFoundError` for an unknown key.
 *
 * @param key - any key `getInitiative` accepts
 * @returns its child initiatives, sorted by id
 * @throws `NotFoundError` for an unknown key
 * @example
 * initiativeChildren('mission-firewall').map((i) => i.id) // ['air-shipments-platform', …]
 */
export function initiativeChildren(key: InitiativeKey): InitiativeRecord[] {
  const { id } = requireInitiative(key);
  return initiatives().filter((r) => r.parent === id);
}

/**
 * The events linked to an initiative, by date then id. Throws `NotFoundError` for an unknown key.
 *
 * @param key - any key `getInitiative` accepts
 * @returns the linked events, by date then id
 * @throws `NotFoundError` for an unknown key
 * @example
 * initiativeEvents('usmca').find((e) => e.kind === 'entry-into-force')?.date // '2020-07-01'
 */
export function initiativeEvents(key: InitiativeKey): EventRecord[] {
  const { id } = requireInitiative(key);
  return events().filter((e) => e.initiatives.includes(id));
}

/**
 * An initiative's components (pillars, goals, principles, commitments), optionally of one kind. Throws
 * `NotFoundError` for an unknown key and `InvalidArgumentError` for an unknown kind.
 *
 * @param key - any key `getInitiative` accepts
 * @param kind - only components of this kind
 * @returns the components, in the order the record lists them
 * @throws `NotFoundError` for an unknown key; `InvalidArgumentError` for an unknown kind
 * @example
 * initiativeComponents('hled', 'pillar').map((c) => c.name.en)
 * // ['Building Back Together', 'Promoting Sustainable Economic and Social Development in Southern Mexico and Central America', …]
 */
export function initiativeComponents(key: InitiativeKey, kind?: ComponentKind): ComponentRecord[] {
  const record = requireInitiative(key);
  const wanted = kind === undefined ? undefined : oneOf(kind, COMPONENT_KINDS, 'kind');
  return record.components.filter((c) => wanted === undefined || c.kind === wanted);
}
