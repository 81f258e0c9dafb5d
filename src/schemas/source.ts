import * as z from 'zod/v4';
import { SOURCE_KINDS } from '../core/vocabulary.js';
import { IdSchema, NonEmptyTextSchema } from './common.js';
import { patternString } from './pattern-string.js';
import { PartialDateSchema } from './partial-date.js';

/** What kind of publication a source is. */
export const SourceKindSchema = z.enum(SOURCE_KINDS);

/**
 * A web address. Plain http is allowed because many originals, archived government pages among them, were
 * published and are stored under it; the address is cited as published.
 */
export const WebUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http or https URL' });

/** The language a source is written in: an ISO 639-1 code (`en`, `es`, `pt`). */
export const SourceLanguageSchema = patternString(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 language code');

/**
 * A publication the data cites. The project's source brief is itself a source (kind `brief`) and the only kind
 * allowed to have no URL.
 */
export const SourceSchema = z
  .strictObject({
    id: IdSchema.describe('Unique kebab-case id.'),
    title: NonEmptyTextSchema.optional().describe(
      'The headline or title exactly as published; absent when the page shows none (then `untitled` says so).',
    ),
    untitled: NonEmptyTextSchema.optional().describe(
      'Said instead of a title when the page, as read, shows none: what the page is.',
    ),
    author: NonEmptyTextSchema.optional().describe('The author or authors, as the source names them.'),
    publisher: NonEmptyTextSchema.describe('Who published the original.'),
    url: WebUrlSchema.optional().describe('The address of the original; required except for the brief.'),
    copyUrl: WebUrlSchema.optional().describe(
      'The copy or repost that was actually read, when it is not the original at `url`.',
    ),
    copyPublisher: NonEmptyTextSchema.optional().describe(
      'Who published the copy that was read (an aggregator, a mirror, a local station carrying wire copy), when it is not the publisher of the original; `url` is then the copy unless `copyUrl` is given.',
    ),
    repost: z
      .literal(true)
      .optional()
      .describe(
        'Set when what was read reposts another publication whose publisher or address is not known; `publisher` and `url` are then the copy’s, and `note` names the original where it can.',
      ),
    kind: SourceKindSchema.describe(
      'official: a government text (or its verbatim repost); press; reference; dataset; brief: the project brief.',
    ),
    published: PartialDateSchema.optional().describe(
      'Publication date at the precision the source states; absent when it states none.',
    ),
    language: SourceLanguageSchema.describe('Language of the source, as an ISO 639-1 code.'),
    note: NonEmptyTextSchema.optional().describe(
      'How the source was read (a repost, a snapshot) or what to keep in mind when citing it.',
    ),
  })
  .superRefine((source, context) => {
    if (source.kind !== 'brief' && source.url === undefined) {
      context.addIssue({ code: 'custom', path: ['url'], message: 'is required for every source but the brief' });
    }
    if ((source.title === undefined) === (source.untitled === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'give either a title or, when there is none, untitled',
      });
    }
    if (source.copyUrl !== undefined && source.copyUrl === source.url) {
      context.addIssue({ code: 'custom', path: ['copyUrl'], message: 'is the original itself: leave it out' });
    }
  })
  .describe('A publication the data cites.');
