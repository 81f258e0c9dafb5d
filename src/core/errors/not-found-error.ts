import { recognizeCopies } from './recognize-copies.js';

/** The kinds of record a key can name. */
export type RecordKind =
  | 'initiative'
  | 'actor'
  | 'place'
  | 'event'
  | 'figure'
  | 'source'
  | 'role'
  | 'record'
  | 'vintage';

/**
 * A key (id, acronym, alias, name, code) that names no record. `suggestions` holds the closest known keys.
 *
 * @example
 * requireInitiative('usmac') // throws NotFoundError
 */
export class NotFoundError extends Error {
  override readonly name: string = 'NotFoundError';
  readonly code = 'NOT_FOUND';
  /**
   * @param kind - what was looked for
   * @param key - the key as given
   * @param suggestions - the closest known keys, best first
   */
  constructor(
    readonly kind: RecordKind,
    readonly key: string,
    readonly suggestions: readonly string[],
  ) {
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : '';
    super(`No ${kind} matches '${key}'.${hint}`);
  }
}

/** Set by the build: see recognizeCopies. */
declare const RECOGNIZE_COPIES: boolean | undefined;
if (typeof RECOGNIZE_COPIES !== 'undefined' && RECOGNIZE_COPIES) recognizeCopies(NotFoundError, 'NotFoundError');
