import type { Citation, SourceRecord } from '../generated/records.js';
export type { SourceRecord } from '../generated/records.js';
import type { DeepReadonly } from '../core/freeze.js';

/** Anything with citations: every record of every dataset, or an app's own record of the same shape. */
export interface CitableRecord {
  readonly sources: readonly DeepReadonly<Citation>[];
}

/** A citation with its source looked up. */
export type ResolvedCitation = Omit<DeepReadonly<Citation>, 'source'> & { readonly source: SourceRecord };
