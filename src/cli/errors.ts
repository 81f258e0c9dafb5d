import { CoverageError, InvalidArgumentError, InvalidDateError, InvalidRangeError, NotFoundError } from '../index.js';

/** A mistake in how `usmx` was called: an unknown command or flag, a missing argument, a bad option value. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The edit distance between two words (insertions, deletions, substitutions), ignoring case. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[y.length] ?? 0;
}

/** `did you mean 'trade'?` for the candidate closest to what was typed, when one is close enough; else undefined. */
export function didYouMean(typed: string, candidates: readonly string[]): string | undefined {
  let best: { readonly candidate: string; readonly score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(typed, candidate);
    if (best === undefined || score < best.score) best = { candidate, score };
  }
  if (best === undefined) return undefined;
  const close = best.score <= Math.max(1, Math.floor(best.candidate.length / 3));
  const prefix = typed.length >= 3 && best.candidate.toLowerCase().startsWith(typed.toLowerCase());
  return close || prefix ? `did you mean '${best.candidate}'?` : undefined;
}

/** Exit codes: 1 when a key names nothing, 2 for usage errors, 70 (EX_SOFTWARE) for anything unexpected. */
export const EXIT = { ok: 0, notFound: 1, usage: 2, internal: 70 } as const;

/** The one line printed on stderr for an error, and the exit code that goes with it. */
export function failure(error: unknown): { readonly line: string; readonly code: number } {
  // The package speaks to programs (`or a valid Date`); the shell user typed a string.
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/\s*\n\s*/g, ' ')
    .replace(/ (?:calendar date )?or a valid Date/, ' date')
    .replace(/ \(YYYY-MM-DD or a Date\)/, ' (YYYY-MM-DD)');
  if (error instanceof NotFoundError) return { line: `usmx: ${message}`, code: EXIT.notFound };
  const usage = [UsageError, InvalidDateError, InvalidArgumentError, CoverageError, InvalidRangeError].some(
    (kind) => error instanceof kind,
  );
  if (usage) return { line: `usmx: ${message}`, code: EXIT.usage };
  return { line: `usmx: internal error: ${message}`, code: EXIT.internal };
}

/** One sentence: ends with a period unless it ends with a question already. */
export function sentence(text: string): string {
  return text.endsWith('?') || text.endsWith('.') ? text : `${text}.`;
}
