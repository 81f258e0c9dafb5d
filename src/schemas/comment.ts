import * as z from 'zod/v4';
import { STANCES } from '../core/vocabulary.js';
import { CitationsSchema } from './citation.js';
import { IdSchema, LanguageSchema, NonEmptyTextSchema } from './common.js';

/** The stance a comment takes towards the cooperation it comments on. */
export const StanceSchema = z.enum(STANCES);

/** A public comment on the brief, as posted. */
export const CommentSchema = z
  .strictObject({
    id: IdSchema.describe('Unique kebab-case id.'),
    position: z.int().min(1).describe('Order on the page, from 1.'),
    author: NonEmptyTextSchema.describe('The handle the comment was posted under.'),
    text: NonEmptyTextSchema.describe("The comment's text, verbatim."),
    language: LanguageSchema.describe('Language of the comment.'),
    stance: z
      .strictObject({
        value: StanceSchema.describe('supportive, skeptical or critical.'),
        basis: z
          .literal('editorial')
          .describe("Always 'editorial': the stance is this project's reading of the text, not the author's label."),
      })
      .describe('The stance the comment takes, as labelled by the editors.'),
    themes: z.array(IdSchema).min(1).describe('Kebab-case themes the comment touches (sovereignty, cartels).'),
    sources: CitationsSchema,
  })
  .describe('A public comment on the brief.');
