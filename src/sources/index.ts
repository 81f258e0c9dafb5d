export { getSource, sourcesFor } from './sources.js';
export { type CiteOptions, cite } from './cite.js';
export type { CitableRecord, ResolvedCitation, SourceRecord } from './types.js';
