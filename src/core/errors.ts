/**
 * The errors this package throws. Each has a stable `code`, and extends the built-in class that fits it, so that
 * `catch (e) { if (e instanceof RangeError) … }` works as well as `instanceof CoverageError`.
 */

export { CoverageError } from './errors/coverage-error.js';
export { DatePrecisionError } from './errors/date-precision-error.js';
export { describe } from './errors/describe.js';
export { InvalidArgumentError } from './errors/invalid-argument-error.js';
export { InvalidDateError } from './errors/invalid-date-error.js';
export { InvalidRangeError } from './errors/invalid-range-error.js';
export { NotFoundError, type RecordKind } from './errors/not-found-error.js';
export { recognizeCopies } from './errors/recognize-copies.js';
