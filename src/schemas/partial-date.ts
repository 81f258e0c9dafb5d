import { isPartialDate } from '../core/partial-date.js';
import { patternString } from './pattern-string.js';

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date. The precision is part of the fact: a month-precision
 * date means the sources give only the month.
 */
export const PartialDateSchema = patternString(
  /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/,
  'must be YYYY, YYYY-MM or YYYY-MM-DD',
  true,
)
  .refine(isPartialDate, { error: 'is not a real calendar date' })
  // The calendar check cannot be written in JSON Schema; this custom format carries it into the generated schemas.
  .meta({ format: 'partial-date' });
