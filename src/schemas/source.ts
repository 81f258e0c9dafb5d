import * as z from 'zod';
import { SOURCE_KINDS } from '../core/vocabulary.js';
import { IdSchema, LanguageSchema, NonEmptyTextSchema } from './common.js';
import { PartialDateSchema } from './partial-date.js';

/** What kind of publication a source is. */
export const SourceKindSchema = z.enum(SOURCE_KINDS);

/** An https URL. */
export const HttpsUrlSchema = z.url({ protocol: /^https$/, error: 'must be an https URL' });

/**
 * A publication the data cites. The project's source brief is itself a source (kind `brief`) and the only kind
 * allowed to have no URL.
 */
export const SourceSchema = z
  .strictObject({
    id: IdSchema.describe('Unique kebab-case id.'),
    title: NonEmptyTextSchema.describe('Title of the publication or page.'),
    publisher: NonEmptyTextSchema.describe('Who published it.'),
    url: HttpsUrlSchema.optional().describe(
      'Where the text that was read can be found; required except for the brief.',
    ),
    kind: SourceKindSchema.describe(
      'official: a government text (or its verbatim repost); press; reference; dataset; brief: the project brief.',
    ),
    published: PartialDateSchema.optional().describe(
      'Publication date at the precision the source states; absent when it states none.',
    ),
    language: LanguageSchema.describe('Language of the source.'),
    note: NonEmptyTextSchema.optional().describe(
      'How the source was read (a repost, a snapshot) or what to keep in mind when citing it.',
    ),
  })
  .superRefine((source, context) => {
    if (source.kind !== 'brief' && source.url === undefined) {
      context.addIssue({ code: 'custom', path: ['url'], message: 'is required for every source but the brief' });
    }
  })
  .describe('A publication the data cites.');

/** What kind of publication a source is. */
export type SourceKind = z.infer<typeof SourceKindSchema>;
/** A publication the data cites. */
export type Source = z.infer<typeof SourceSchema>;
