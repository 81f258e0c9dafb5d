/**
 * Bilingual search across initiatives, events, actors, places and figures.
 *
 * @packageDocumentation
 * @module us-mexico-relations/search
 */
export type { LanguageTag } from '../core/locale.js';
export { SEARCH_KINDS, type SearchHit, type SearchKind, type SearchOptions, search } from './search.js';
