import { describe } from './describe.js';
import { recognizeCopies } from './recognize-copies.js';

/**
 * A date known to the month or the year where a question needs a day: several people can hold an office within a
 * month or a year, so `officeHolder('president-of-mexico', '2018')` has no single answer (`officeTerms` gives all).
 *
 * @example
 * officeHolder('president-of-mexico', '2018') // throws DatePrecisionError
 */
export class DatePrecisionError extends TypeError {
  override readonly name: string = 'DatePrecisionError';
  readonly code = 'IMPRECISE_DATE';
  /**
   * @param argument - the name of the argument
   * @param input - the value given
   * @param hint - what to do instead
   */
  constructor(
    readonly argument: string,
    readonly input: unknown,
    hint: string,
  ) {
    super(`${argument} must be a day (YYYY-MM-DD or a Date); got ${describe(input)}. ${hint}`);
  }
}

/** Set by the build: see recognizeCopies. */
declare const RECOGNIZE_COPIES: boolean | undefined;
if (typeof RECOGNIZE_COPIES !== 'undefined' && RECOGNIZE_COPIES)
  recognizeCopies(DatePrecisionError, 'DatePrecisionError');
