/**
 * The errors this package throws. Each has a stable `code`, and extends the built-in class that fits it, so that
 * `catch (e) { if (e instanceof RangeError) … }` works as well as `instanceof CoverageError`.
 */

/**
 * Set by the build (tsup.config.ts; vitest.config.ts for the tests): true where one app can hold several copies of
 * the package's error classes. Node loads each entry point as one file of its own, so an app that imports two of
 * them (or both the ES and the CommonJS build) has two copies, which `recognizeCopies` makes `instanceof` accept. The
 * build for bundlers shares one copy between its entries and sets it false, so that it carries none of that code.
 * Read through `typeof`, so that code compiled without the flag (the explorer) sees false.
 */
declare const RECOGNIZE_COPIES: boolean | undefined;

/**
 * Makes `instanceof errorClass` true also for errors made by another copy of the class: each copy marks its prototype
 * with the same registered symbol. An app's subclass inherits the check but matches its own instances only. Called
 * at the top level under `RECOGNIZE_COPIES`, so that the build for bundlers drops the calls.
 *
 * @param errorClass - one of the package's error classes
 * @param kind - its name, the same in every copy
 */
export function recognizeCopies(errorClass: abstract new (...args: never[]) => Error, kind: string): void {
  const mark = Symbol.for(`us-mexico-relations.${kind}`);
  Object.defineProperty(errorClass.prototype, mark, { value: true });
  Object.defineProperty(errorClass, Symbol.hasInstance, {
    value(this: unknown, value: unknown): boolean {
      return (
        Function.prototype[Symbol.hasInstance].call(this, value) ||
        (this === errorClass && typeof value === 'object' && value !== null && mark in value)
      );
    },
  });
}

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

if (typeof RECOGNIZE_COPIES !== 'undefined' && RECOGNIZE_COPIES) {
  recognizeCopies(NotFoundError, 'NotFoundError');
  recognizeCopies(CoverageError, 'CoverageError');
  recognizeCopies(InvalidDateError, 'InvalidDateError');
  recognizeCopies(DatePrecisionError, 'DatePrecisionError');
  recognizeCopies(InvalidArgumentError, 'InvalidArgumentError');
  recognizeCopies(InvalidRangeError, 'InvalidRangeError');
}

/** A short, safe description of any value for an error message. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null)
    return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
