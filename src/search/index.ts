export type { LanguageTag } from '../core/locale.js';
export { SEARCH_KINDS, type SearchHit, type SearchKind, type SearchOptions, search } from './search.js';
