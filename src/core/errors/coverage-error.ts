import { recognizeCopies } from './recognize-copies.js';

/**
 * A request outside the range the data covers, such as a year before the trade series starts.
 *
 * @example
 * tradeTotal(1960) // throws CoverageError
 */
export class CoverageError extends RangeError {
  override readonly name: string = 'CoverageError';
  readonly code = 'OUT_OF_COVERAGE';
  /**
   * @param message - what was asked and what is covered
   * @param covered - the first and last value the data covers
   */
  constructor(
    message: string,
    readonly covered: { readonly from: number | string; readonly to: number | string },
  ) {
    super(message);
  }
}

/** Set by the build: see recognizeCopies. */
declare const RECOGNIZE_COPIES: boolean | undefined;
if (typeof RECOGNIZE_COPIES !== 'undefined' && RECOGNIZE_COPIES) recognizeCopies(CoverageError, 'CoverageError');
