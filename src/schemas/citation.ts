import * as z from 'zod/v4';
import { IdSchema, NonEmptyTextSchema } from './common.js';

/** A reference to a source, with the words quoted from it and any qualification. */
export const CitationSchema = z
  .strictObject({
    source: IdSchema.describe('Id of the cited source in sources.json.'),
    quote: NonEmptyTextSchema.optional().describe('Verbatim text from the source that supports the record.'),
    note: NonEmptyTextSchema.optional().describe(
      'A qualification: where this source differs from the brief or another source, or how a date or figure was read.',
    ),
  })
  .describe('A reference to a source.');

/** Every record's list of citations: at least one. */
export const CitationsSchema = z
  .array(CitationSchema)
  .min(1, { error: 'every record cites at least one source' })
  .describe('The sources that support the record; at least one.');
