import type { DeepReadonly } from '../core/freeze.js';
import type { Citation } from '../schemas/citation.js';
import type { Source } from '../schemas/source.js';

/** A source as shipped (read-only). */
export type SourceRecord = DeepReadonly<Source>;

/** Anything with citations: every record of every dataset, or an app's own record of the same shape. */
export interface CitableRecord {
  readonly sources: readonly DeepReadonly<Citation>[];
}

/** A citation with its source looked up. */
export type ResolvedCitation = Omit<DeepReadonly<Citation>, 'source'> & { readonly source: SourceRecord };
