import * as z from 'zod/v4';
import { CitationsSchema } from './citation.js';
import { NonEmptyTextSchema } from './common.js';
import { patternString } from './pattern-string.js';
import { QualifierSchema } from './quantity.js';
import { RevisionShape, ShareSchema, VintageSchema } from './series.js';

const MillionsSchema = z
  .number()
  .min(0)
  .describe('Remittance inflows to Mexico, millions of U.S. dollars as published.');

/** Remittance inflows to Mexico (Banco de México, ingresos por remesas) in one year or month. */
export const RemittanceSchema = z
  .strictObject({
    period: patternString(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'must be YYYY or YYYY-MM').describe(
      'A calendar year, YYYY, or a month, YYYY-MM.',
    ),
    valueUsdMillions: MillionsSchema,
    usShare: ShareSchema.optional().describe(
      'The share sent from the United States, only where a source states it (never computed).',
    ),
    qualifier: QualifierSchema.describe("The source's hedge on the value."),
    vintage: VintageSchema.optional(),
    note: NonEmptyTextSchema.optional().describe('How the value was read, and conflicts between copies.'),
    sources: CitationsSchema,
    revisions: z
      .array(
        z.strictObject({
          valueUsdMillions: MillionsSchema,
          usShare: ShareSchema.optional(),
          ...RevisionShape,
          sources: CitationsSchema,
        }),
      )
      .optional()
      .describe('Other values published for the same period, newest first: earlier vintages and other reports.'),
  })
  .describe('Remittance inflows to Mexico (Banco de México) in one year or month, US$ millions.');
