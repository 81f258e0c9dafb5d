import { CoverageError, InvalidArgumentError, InvalidDateError, InvalidRangeError, NotFoundError } from '../index.js';

/** A mistake in how `usmx` was called: an unknown command or flag, a missing argument, a bad option value. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes: 1 when a key names nothing, 2 for usage errors, 70 (EX_SOFTWARE) for anything unexpected. */
export const EXIT = { ok: 0, notFound: 1, usage: 2, internal: 70 } as const;

/** The one line printed on stderr for an error, and the exit code that goes with it. */
export function failure(error: unknown): { readonly line: string; readonly code: number } {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
  if (error instanceof NotFoundError) return { line: `usmx: ${message}`, code: EXIT.notFound };
  const usage = [UsageError, InvalidDateError, InvalidArgumentError, CoverageError, InvalidRangeError].some(
    (kind) => error instanceof kind,
  );
  if (usage) return { line: `usmx: ${message}`, code: EXIT.usage };
  return { line: `usmx: internal error: ${message}`, code: EXIT.internal };
}
