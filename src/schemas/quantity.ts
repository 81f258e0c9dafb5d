import * as z from 'zod/v4';
import { QUALIFIERS, UNITS } from '../core/vocabulary.js';

/** How a number relates to the true value: the source's own hedge, kept as data. */
export const QualifierSchema = z.enum(QUALIFIERS);

/** What a quantity counts. Money is always whole U.S. dollars. */
export const UnitSchema = z.enum(UNITS);

/** A number with its unit and its qualifier (`approximately $799 billion`, `at least 50`). */
export const QuantitySchema = z
  .strictObject({
    // zod's number already rejects NaN and ±Infinity.
    value: z.number().describe('The number; whole U.S. dollars when the unit is usd.'),
    unit: UnitSchema.describe('usd, people, count, rank or percent.'),
    qualifier: QualifierSchema.describe("The source's hedge: exact, approximately, at-least, more-than or at-most."),
  })
  .superRefine((quantity, context) => {
    if ((quantity.unit === 'usd' || quantity.unit === 'rank') && !Number.isSafeInteger(quantity.value)) {
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: `a ${quantity.unit} value must be a whole number`,
      });
    }
  })
  .describe('A number with its unit and qualifier.');
