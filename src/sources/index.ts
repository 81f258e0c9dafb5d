/**
 * The sources every record cites, and citations in text, markdown, APA, Chicago, BibTeX and CSL-JSON.
 *
 * @packageDocumentation
 * @module us-mexico-relations/sources
 */
export { getSource, sourcesFor } from './sources.js';
export { type CiteOptions, cite, cslItems } from './cite.js';
export { type CslDate, type CslItem, type CslName, copyOf, readAt, type SourceCopy, toCslItem } from './csl.js';
export { apaCitation, bibtexEntry, CITE_STYLES, type CiteStyle, chicagoCitation } from './styles.js';
export type { CitableId, CitableRecord, CitationTarget, ResolvedCitation, SourceRecord } from './types.js';
