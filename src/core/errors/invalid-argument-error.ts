import { recognizeCopies } from './recognize-copies.js';

/**
 * An argument of the wrong type or shape: a year that is not a whole number, an unknown option value.
 *
 * @example
 * tradeTotal(2023.5) // throws InvalidArgumentError
 */
export class InvalidArgumentError extends TypeError {
  override readonly name: string = 'InvalidArgumentError';
  readonly code = 'INVALID_ARGUMENT';
}

/** Set by the build: see recognizeCopies. */
declare const RECOGNIZE_COPIES: boolean | undefined;
if (typeof RECOGNIZE_COPIES !== 'undefined' && RECOGNIZE_COPIES)
  recognizeCopies(InvalidArgumentError, 'InvalidArgumentError');
