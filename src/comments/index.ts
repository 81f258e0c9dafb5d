export { type CommentRecord, comments, stanceSummary } from './comments.js';
