import type { citableDatasets } from '../generated/citable.js';
import type { Citation, SourceRecord } from '../generated/records.js';
export type { SourceRecord } from '../generated/records.js';
import type { DeepReadonly } from '../core/freeze.js';

/** Anything with citations: every record of every dataset, or an app's own record of the same shape. */
export interface CitableRecord {
  readonly sources: readonly DeepReadonly<Citation>[];
}

/** The id of any record `cite` and `sourcesFor` accept: an initiative, event, actor, role, place, figure or comment. */
export type CitableId = (typeof citableDatasets)[number][number]['id'];

/**
 * What `cite`, `cslItems` and `sourcesFor` take: a record with sources, the id of a citable record (editors complete
 * it; any other string is checked when called), or a year of the trade series.
 */
export type CitationTarget = CitableRecord | CitableId | (string & {}) | number;

/** A citation with its source looked up. */
export type ResolvedCitation = Omit<DeepReadonly<Citation>, 'source'> & { readonly source: SourceRecord };
