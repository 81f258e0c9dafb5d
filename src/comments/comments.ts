import type { CommentRecord, Stance } from '../generated/records.js';
export type { CommentRecord } from '../generated/records.js';
import { STANCES } from '../core/vocabulary.js';
import { comments as all } from '../generated/comments.js';

/**
 * The five public comments on the brief, in page order. Each stance is this project's editorial label
 * (`stance.basis === 'editorial'`), not the commenter's.
 *
 * @returns the comments, frozen
 * @throws never
 * @example
 * comments().map((c) => c.author) // ['dedus mopedus', 'ytkonos', 'lettlelenok', 'Michelangelo', 'Bella Ciao']
 */
export function comments(): readonly CommentRecord[] {
  return all();
}

/**
 * How many comments take each stance; every stance is present, with 0 where none does.
 *
 * @returns the number of comments per stance
 * @throws never
 * @example
 * stanceSummary() // { supportive: 2, skeptical: 2, critical: 1 }
 */
export function stanceSummary(): Record<Stance, number> {
  const counts = Object.fromEntries(STANCES.map((stance) => [stance, 0])) as Record<Stance, number>;
  for (const comment of all()) counts[comment.stance.value] += 1;
  return counts;
}
