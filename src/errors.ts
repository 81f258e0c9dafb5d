export {
  CoverageError,
  DatePrecisionError,
  InvalidArgumentError,
  InvalidDateError,
  InvalidRangeError,
  NotFoundError,
  type RecordKind,
} from './core/errors.js';
