export { SEARCH_KINDS, type SearchHit, type SearchKind, type SearchOptions, search } from './search.js';
