import * as z from 'zod/v4';
import { COMPONENT_KINDS, INITIATIVE_KINDS, INITIATIVE_STATUSES } from '../core/vocabulary.js';
import { CitationsSchema } from './citation.js';
import { CountryCodeSchema, DomainSchema, SpanishOriginSchema, IdSchema, NonEmptyTextSchema } from './common.js';
import { LocalizedNamesSchema, LocalizedTextSchema } from './localized-text.js';
import { PartialDateSchema } from './partial-date.js';

/** What sort of undertaking an initiative is. */
export const InitiativeKindSchema = z.enum(INITIATIVE_KINDS);

/** Where an initiative stands, as of the data's `asOf` date. */
export const InitiativeStatusSchema = z.enum(INITIATIVE_STATUSES);

/** What part of an initiative a component is. */
export const ComponentKindSchema = z.enum(COMPONENT_KINDS);

/** A pillar, goal, principle or commitment of an initiative. */
export const ComponentSchema = z
  .strictObject({
    id: IdSchema.describe('Kebab-case id, unique within its initiative.'),
    kind: ComponentKindSchema.describe('pillar, goal, principle or commitment.'),
    name: LocalizedTextSchema.describe('Name in English and Spanish.'),
    summary: LocalizedTextSchema.optional().describe('What it covers, in English and Spanish.'),
    sources: CitationsSchema.optional().describe("Sources of the component's own, beyond the initiative's."),
  })
  .describe('A pillar, goal, principle or commitment of an initiative.');

/** An agreement, dialogue, framework, task force, program, platform or working group. */
export const InitiativeSchema = z
  .strictObject({
    id: IdSchema.describe('Unique kebab-case id.'),
    kind: InitiativeKindSchema.describe('What sort of undertaking it is.'),
    name: LocalizedTextSchema.describe('Full name in English and Spanish (official Spanish name where one exists).'),
    acronyms: LocalizedNamesSchema.describe('Acronyms per language: USMCA and CUSMA in English, T-MEC in Spanish.'),
    aliases: LocalizedNamesSchema.describe('Other names a reader may search for, per language.'),
    summary: LocalizedTextSchema.describe('What it is, in English and Spanish.'),
    domains: z.array(DomainSchema).min(1).describe('Policy areas it belongs to.'),
    parties: z.array(CountryCodeSchema).min(1).describe('ISO 3166-1 alpha-2 codes of the parties.'),
    status: InitiativeStatusSchema.describe(
      'announced, active, ended, replaced, or unknown where the sources do not say.',
    ),
    start: PartialDateSchema.optional().describe('When it began (entry into force, launch), at the precision known.'),
    end: PartialDateSchema.optional().describe('When it ended, if it has.'),
    parent: IdSchema.optional().describe('Id of the initiative this one is part of.'),
    replaces: z.array(IdSchema).describe('Ids of initiatives this one took the place of.'),
    leadActors: z.array(IdSchema).describe('Ids of the actors who lead it.'),
    components: z.array(ComponentSchema).describe('Its pillars, goals, principles and commitments.'),
    sources: CitationsSchema,
    note: NonEmptyTextSchema.optional().describe('A qualification of the record as a whole.'),
    spanish: SpanishOriginSchema.optional(),
  })
  .describe('An agreement, dialogue, framework, task force, program, platform or working group.');
