import * as z from 'zod/v4';
import { CitationsSchema } from './citation.js';
import { NonEmptyTextSchema } from './common.js';
import { QualifierSchema } from './quantity.js';
import { RevisionShape, ShareSchema, VintageSchema } from './series.js';

const MillionsSchema = z.number().min(0);
const FdiValuesShape = {
  totalUsdMillions: MillionsSchema.optional().describe(
    'Foreign direct investment in Mexico in the calendar year, millions of U.S. dollars as published.',
  ),
  fromUsUsdMillions: MillionsSchema.optional().describe(
    'The part from the United States, only where a source prints the amount (never computed).',
  ),
  fromUsQualifier: QualifierSchema.optional().describe(
    "The source's hedge on the U.S. amount when it is not exact (`unos 15 mil millones`: approximately).",
  ),
  usShare: ShareSchema.optional().describe('The U.S. share of the total, only where a source prints it.'),
  preliminary: z.boolean().describe("Whether the figure is the Secretaría de Economía's preliminary first release."),
};

/** Foreign direct investment in Mexico in one calendar year (Secretaría de Economía), with the U.S. part. */
export const FdiYearSchema = z
  .strictObject({
    year: z.int().min(1900).max(2100).describe('Calendar year.'),
    ...FdiValuesShape,
    totalUsdMillions: FdiValuesShape.totalUsdMillions
      .unwrap()
      .describe('Foreign direct investment in Mexico in the calendar year, millions of U.S. dollars as published.'),
    qualifier: QualifierSchema.describe("The source's hedge on the total."),
    vintage: VintageSchema.optional(),
    note: NonEmptyTextSchema.optional().describe('How the figure was read: preliminary status, rounding, conflicts.'),
    sources: CitationsSchema,
    revisions: z
      .array(z.strictObject({ ...FdiValuesShape, ...RevisionShape, sources: CitationsSchema }))
      .optional()
      .describe('Other figures published for the same year, newest first: earlier vintages and other reports.'),
  })
  .describe('Foreign direct investment in Mexico (Secretaría de Economía) in one calendar year, US$ millions.');
