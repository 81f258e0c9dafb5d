/**
 * One way to name a record from the shell, shared by `usmx lookup` and `usmx cite`: any id, acronym, alias or
 * name of an initiative, actor or place; the id of an event, figure or comment; the id or name of an office.
 */
import {
  type ActorRecord,
  type CommentRecord,
  comments,
  type EventRecord,
  type FigureRecord,
  getActor,
  getEvent,
  getFigure,
  getInitiative,
  getPlace,
  getRole,
  type InitiativeRecord,
  NotFoundError,
  officeRoles,
  type PlaceRecord,
  type RoleRecord,
  requireActor,
  requireInitiative,
  requirePlace,
  search,
} from '../index.js';
import { foldKey } from '../core/fold.js';
import { didYouMean } from './errors.js';

/** A record found by a key, with its kind. */
export type FoundRecord =
  | { readonly kind: 'initiative'; readonly record: InitiativeRecord }
  | { readonly kind: 'actor'; readonly record: ActorRecord }
  | { readonly kind: 'place'; readonly record: PlaceRecord }
  | { readonly kind: 'event'; readonly record: EventRecord }
  | { readonly kind: 'figure'; readonly record: FigureRecord }
  | { readonly kind: 'role'; readonly record: RoleRecord }
  | { readonly kind: 'comment'; readonly record: CommentRecord };

/** An office by id or by its name in either language (`president-of-mexico`, `Presidente de los …`). */
export function findRole(key: string): RoleRecord | undefined {
  const byId = getRole(key.trim()) ?? getRole(key.trim().toLowerCase());
  if (byId !== undefined) return byId;
  const wanted = foldKey(key);
  return officeRoles().find((role) => [role.id, role.name.en, role.name.es].some((name) => foldKey(name) === wanted));
}

/** Throws the `NotFoundError` for an unknown office, with the closest role id. */
export function requireRole(key: string): RoleRecord {
  const role = findRole(key);
  if (role !== undefined) return role;
  const ids = officeRoles().map((r) => r.id);
  const hint = didYouMean(key, ids);
  throw new NotFoundError('role', key, hint === undefined ? [] : [/'(.*)'/.exec(hint)?.[1] ?? '']);
}

/** The record a key names, trying initiatives, actors, places, events, figures, offices and comments in that order. */
export function getRecord(key: string): FoundRecord | undefined {
  const trimmed = key.trim();
  const initiative = getInitiative(trimmed);
  if (initiative !== undefined) return { kind: 'initiative', record: initiative };
  const actor = getActor(trimmed);
  if (actor !== undefined) return { kind: 'actor', record: actor };
  const place = getPlace(trimmed);
  if (place !== undefined) return { kind: 'place', record: place };
  const id = trimmed.toLowerCase();
  const event = getEvent(id);
  if (event !== undefined) return { kind: 'event', record: event };
  const figure = getFigure(id);
  if (figure !== undefined) return { kind: 'figure', record: figure };
  const role = findRole(trimmed);
  if (role !== undefined) return { kind: 'role', record: role };
  const comment = comments().find((c) => c.id === id);
  if (comment !== undefined) return { kind: 'comment', record: comment };
  return undefined;
}

/**
 * The record a key names; when none does, a `NotFoundError` with suggestions from the keyed lookups and the best
 * search hits (so that a mistyped event id still finds its event).
 */
export function requireRecord(key: string): FoundRecord {
  const found = getRecord(key);
  if (found !== undefined) return found;
  const suggestions = new Map<string, string>();
  const add = (suggestion: string) => {
    if (!suggestions.has(suggestion.toLowerCase())) suggestions.set(suggestion.toLowerCase(), suggestion);
  };
  for (const lookup of [requireInitiative, requireActor, requirePlace]) {
    try {
      lookup(key);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      for (const suggestion of error.suggestions) add(suggestion);
    }
  }
  if (suggestions.size === 0) for (const hit of search(key, { limit: 3 })) add(hit.id);
  throw new NotFoundError('record', key, [...suggestions.values()].slice(0, 5));
}
