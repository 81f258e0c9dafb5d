import type { ActorId } from '../generated/actors.js';
import type { CommentId } from '../generated/comments.js';
import type { EventId } from '../generated/events.js';
import type { FigureId } from '../generated/figures.js';
import type { InitiativeId } from '../generated/initiatives.js';
import type { PlaceId } from '../generated/places.js';
import type { RoleId } from '../generated/roles.js';
import type { Citation, SourceRecord } from '../generated/records.js';
export type { SourceRecord } from '../generated/records.js';
import type { DeepReadonly } from '../core/freeze.js';

/** Anything with citations: every record of every dataset, or an app's own record of the same shape. */
export interface CitableRecord {
  readonly sources: readonly DeepReadonly<Citation>[];
}

/** The id of any record `cite` and `sourcesFor` accept: an initiative, event, actor, role, place, figure or comment. */
// test/record-types.test.ts checks that this is the union over the citable datasets of the DATASETS table.
export type CitableId = InitiativeId | EventId | ActorId | RoleId | PlaceId | FigureId | CommentId;

/**
 * What `cite`, `cslItems` and `sourcesFor` take: a record with sources, the id of a citable record (editors complete
 * it; any other string is checked when called), or a year of the trade series.
 */
export type CitationTarget = CitableRecord | CitableId | (string & {}) | number;

/** A citation with its source looked up. */
export type ResolvedCitation = Omit<DeepReadonly<Citation>, 'source'> & { readonly source: SourceRecord };
