import type { DeepReadonly } from '../core/freeze.js';
import type { Source } from '../schemas/source.js';

/** A source as shipped (read-only). */
export type SourceRecord = DeepReadonly<Source>;

/** Anything with citations: every record of every dataset, or an app's own record of the same shape. */
export interface CitableRecord {
  readonly sources: readonly { readonly source: string; readonly quote?: string | undefined; readonly note?: string | undefined }[];
}

/** A citation with its source looked up. */
export interface ResolvedCitation {
  readonly source: SourceRecord;
  readonly quote?: string;
  readonly note?: string;
}
