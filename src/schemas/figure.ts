import * as z from 'zod/v4';
import { FIGURE_SUBJECTS, TRADE_MEASURES } from '../core/vocabulary.js';
import { CitationsSchema } from './citation.js';
import { DomainSchema, IdSchema, NonEmptyTextSchema } from './common.js';
import { LocalizedTextSchema } from './localized-text.js';
import { PartialDateSchema } from './partial-date.js';
import { QuantitySchema } from './quantity.js';

/** What a figure measures. */
export const FigureSubjectSchema = z.enum(FIGURE_SUBJECTS);

/** Which trade-series value a figure states, so that it can be checked against the series. */
export const TradeMeasureSchema = z.enum(TRADE_MEASURES);

/** The trade year a figure speaks of and how it was published. */
export const FigureTradeLinkSchema = z
  .strictObject({
    year: z.int().min(1985).max(2100).describe('The calendar year of trade the figure states.'),
    measure: TradeMeasureSchema.describe('total, exports, imports, balance, or rank among U.S. partners.'),
    release: z
      .enum(['first-release', 'revised'])
      .describe('first-release: as Census first published it; revised: after later annual revisions.'),
  })
  .describe('The trade year a figure states, checked against the series within its qualifier.');

/** A sourced number: "approximately $799 billion two-way goods trade in 2023". */
export const FigureSchema = z
  .strictObject({
    id: IdSchema.describe('Unique kebab-case id.'),
    subject: FigureSubjectSchema.describe('What the figure measures.'),
    label: LocalizedTextSchema.describe('What the number is, in English and Spanish.'),
    date: PartialDateSchema.describe('The period or moment the number describes.'),
    quantity: QuantitySchema,
    domains: z.array(DomainSchema).min(1).describe('Policy areas it belongs to.'),
    trade: FigureTradeLinkSchema.optional(),
    sources: CitationsSchema,
    note: NonEmptyTextSchema.optional().describe(
      'A qualification: how the number was sourced, what it does not cover.',
    ),
  })
  .describe('A sourced number with its date and qualifier.');
