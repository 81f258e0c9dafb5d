import * as z from 'zod/v4';
import { EVENT_KINDS } from '../core/vocabulary.js';
import { CitationsSchema } from './citation.js';
import { DomainSchema, SpanishOriginSchema, IdSchema, NonEmptyTextSchema } from './common.js';
import { LocalizedTextSchema } from './localized-text.js';
import { PartialDateSchema } from './partial-date.js';

/** What happened, in one word. */
export const EventKindSchema = z.enum(EVENT_KINDS);

/** A dated happening in the relationship. */
export const EventSchema = z
  .strictObject({
    id: IdSchema.describe('Unique kebab-case id.'),
    date: PartialDateSchema.describe('When it happened, at the precision the sources give.'),
    kind: EventKindSchema.describe('What happened, in one word.'),
    title: LocalizedTextSchema.describe('Headline in English and Spanish.'),
    summary: LocalizedTextSchema.describe('What happened, in English and Spanish.'),
    domains: z.array(DomainSchema).min(1).describe('Policy areas it belongs to.'),
    initiatives: z.array(IdSchema).describe('Ids of the initiatives it concerns.'),
    actors: z.array(IdSchema).describe('Ids of the actors involved.'),
    places: z.array(IdSchema).describe('Ids of the places where it happened.'),
    figures: z.array(IdSchema).describe('Ids of the figures it produced or reported.'),
    sources: CitationsSchema,
    note: NonEmptyTextSchema.optional().describe('A qualification of the record as a whole.'),
    spanish: SpanishOriginSchema.optional(),
  })
  .describe('A dated happening in the relationship.');
