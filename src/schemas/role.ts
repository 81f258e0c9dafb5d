import * as z from 'zod/v4';
import { CitationsSchema } from './citation.js';
import { CountryCodeSchema, IdSchema, NonEmptyTextSchema } from './common.js';
import { LocalizedTextSchema } from './localized-text.js';
import { PartialDateSchema } from './partial-date.js';

/** A stretch of a role's coverage whose holders the data does not record. */
export const CoverageGapSchema = z
  .strictObject({
    from: PartialDateSchema.describe('First day of the gap.'),
    to: PartialDateSchema.describe('Last day of the gap.'),
    note: NonEmptyTextSchema.describe('Who is known to have held the office then, and why the terms are missing.'),
    sources: CitationsSchema.optional().describe('What was read about the missing holders, where anything was.'),
  })
  .describe('A period inside the coverage whose holders are not recorded: asking about it is an error, not a vacancy.');

/** An office whose holders the data records, and the period over which the record is complete. */
export const RoleSchema = z
  .strictObject({
    id: IdSchema.describe('Unique kebab-case id, shared by every term of the role (president-of-mexico).'),
    name: LocalizedTextSchema.describe('Name of the office in English and Spanish.'),
    country: CountryCodeSchema.describe('ISO 3166-1 alpha-2 code of the country whose office it is.'),
    coverage: z
      .strictObject({
        from: PartialDateSchema.describe(
          'First day from which every holder is recorded (1994-01-01, or the creation of the office).',
        ),
        to: PartialDateSchema.optional().describe(
          "Last day on which the sources confirm the holder; absent when that is the data's asOf date.",
        ),
      })
      .describe(
        'The period over which the terms are complete, gaps apart; outside it, queries fail with CoverageError.',
      ),
    gaps: z.array(CoverageGapSchema).describe('Periods inside the coverage whose holders are not recorded.'),
    note: NonEmptyTextSchema.optional().describe('A qualification: the office’s history, what counts as a holder.'),
    sources: CitationsSchema,
  })
  .describe('An office whose holders the data records.');
