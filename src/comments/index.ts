/**
 * The public comments on the source brief, with their editorial stance.
 *
 * @packageDocumentation
 * @module us-mexico-relations/comments
 */
export { type CommentRecord, comments, stanceSummary } from './comments.js';
