import { recognizeCopies } from './recognize-copies.js';

/**
 * A range whose start comes after its end.
 *
 * @example
 * tradeSeries({ from: 2024, to: 2020 }) // throws InvalidRangeError
 */
export class InvalidRangeError extends RangeError {
  override readonly name: string = 'InvalidRangeError';
  readonly code = 'INVALID_RANGE';
}

/** Set by the build: see recognizeCopies. */
declare const RECOGNIZE_COPIES: boolean | undefined;
if (typeof RECOGNIZE_COPIES !== 'undefined' && RECOGNIZE_COPIES)
  recognizeCopies(InvalidRangeError, 'InvalidRangeError');
