import { describe } from './describe.js';
import { recognizeCopies } from './recognize-copies.js';

/**
 * A date that is not a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` calendar date, nor a valid `Date`.
 *
 * @example
 * timeline({ from: '2025-02-30' }) // throws InvalidDateError
 */
export class InvalidDateError extends TypeError {
  override readonly name: string = 'InvalidDateError';
  readonly code = 'INVALID_DATE';
  /**
   * @param argument - the name of the argument
   * @param input - the value given
   */
  constructor(
    readonly argument: string,
    readonly input: unknown,
  ) {
    super(`${argument} must be a YYYY, YYYY-MM or YYYY-MM-DD calendar date or a valid Date; got ${describe(input)}.`);
  }
}

/** Set by the build: see recognizeCopies. */
declare const RECOGNIZE_COPIES: boolean | undefined;
if (typeof RECOGNIZE_COPIES !== 'undefined' && RECOGNIZE_COPIES) recognizeCopies(InvalidDateError, 'InvalidDateError');
