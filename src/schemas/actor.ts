import * as z from 'zod/v4';
import { ACTOR_KINDS } from '../core/vocabulary.js';
import { CitationsSchema } from './citation.js';
import { CountryCodeSchema, IdSchema, NonEmptyTextSchema } from './common.js';
import { LocalizedNamesSchema, LocalizedTextSchema } from './localized-text.js';
import { PartialDateSchema } from './partial-date.js';

/** What sort of actor this is. */
export const ActorKindSchema = z.enum(ACTOR_KINDS);

/** A term in an office: who held a role from when to when. */
export const OfficeSchema = z
  .strictObject({
    role: IdSchema.describe('The role, shared by everyone who holds it (president-of-mexico).'),
    title: LocalizedTextSchema.describe('Title of the office in English and Spanish.'),
    from: PartialDateSchema.describe('First day in office.'),
    to: PartialDateSchema.optional().describe('Last day in office; absent while the term goes on.'),
    acting: z
      .boolean()
      .describe('True for an acting, interim or caretaker holder (encargado de despacho), false for a full holder.'),
    note: NonEmptyTextSchema.optional().describe('A qualification, such as a ratification date or a leave.'),
    sources: CitationsSchema,
  })
  .describe('A term in an office.');

/** A person, government, agency or force. */
export const ActorSchema = z
  .strictObject({
    id: IdSchema.describe('Unique kebab-case id.'),
    kind: ActorKindSchema.describe('person, government, agency or force.'),
    name: LocalizedTextSchema.describe('Name in English and Spanish.'),
    acronyms: LocalizedNamesSchema.describe('Acronyms per language (SRE, USAID).'),
    aliases: LocalizedNamesSchema.describe('Other names a reader may search for, per language.'),
    country: CountryCodeSchema.describe('ISO 3166-1 alpha-2 code of its country.'),
    offices: z.array(OfficeSchema).describe('Terms in office, where researched.'),
    sources: CitationsSchema,
    note: NonEmptyTextSchema.optional().describe('A qualification of the record as a whole.'),
  })
  .describe('A person, government, agency or force.');
