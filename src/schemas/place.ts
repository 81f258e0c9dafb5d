import * as z from 'zod/v4';
import { CitationsSchema } from './citation.js';
import { IdSchema, NonEmptyTextSchema } from './common.js';
import { patternString } from './pattern-string.js';
import { LocalizedTextSchema } from './localized-text.js';

/** A Mexican federal entity or a U.S. border state. */
export const PlaceSchema = z
  .strictObject({
    id: IdSchema.describe('The ISO 3166-2 code in lower case: mx-cmx, us-tx.'),
    country: z.enum(['MX', 'US']).describe('MX or US.'),
    iso31662: patternString(/^(MX|US)-[A-Z]{2,3}$/, 'must be an ISO 3166-2 code such as MX-CMX').describe(
      'ISO 3166-2 subdivision code: MX-CMX, US-TX.',
    ),
    inegi: patternString(/^\d{2}$/, 'must be a two-digit INEGI code')
      .optional()
      .describe("INEGI's two-digit federal-entity code (clave de entidad); Mexican entities only."),
    name: LocalizedTextSchema.describe('Name in English and Spanish.'),
    officialName: NonEmptyTextSchema.optional().describe(
      "INEGI's official name of the entity (NOM_ENT), such as Coahuila de Zaragoza; Mexican entities only.",
    ),
    abbreviation: NonEmptyTextSchema.optional().describe(
      "INEGI's abbreviation of the entity (NOM_ABR), such as Coah. or CDMX; Mexican entities only.",
    ),
    aliases: z
      .array(NonEmptyTextSchema)
      .describe('Other names in common use, former names among them (Edomex, Distrito Federal).'),
    capital: LocalizedTextSchema.optional().describe(
      'Seat of government; absent for Mexico City, which is itself the capital.',
    ),
    onUsMexicoBorder: z.boolean().describe('Whether it lies on the U.S.–Mexico border.'),
    sources: CitationsSchema,
    note: NonEmptyTextSchema.optional().describe('A qualification of the record as a whole.'),
  })
  .superRefine((place, context) => {
    if (place.id !== place.iso31662.toLowerCase()) {
      context.addIssue({
        code: 'custom',
        path: ['id'],
        message: `must be the lower-cased ISO code '${place.iso31662.toLowerCase()}'`,
      });
    }
    if (!place.iso31662.startsWith(`${place.country}-`)) {
      context.addIssue({ code: 'custom', path: ['iso31662'], message: `must start with '${place.country}-'` });
    }
    for (const field of ['inegi', 'officialName', 'abbreviation'] as const) {
      if ((place.country === 'MX') !== (place[field] !== undefined)) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: 'is required for Mexican entities and only for them',
        });
      }
    }
  })
  .describe('A Mexican federal entity or a U.S. border state.');
