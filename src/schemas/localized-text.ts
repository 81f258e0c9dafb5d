import * as z from 'zod/v4';
import { NonEmptyTextSchema } from './common.js';

/** The same text in English and Spanish; both are required. */
export const LocalizedTextSchema = z.strictObject({
  en: NonEmptyTextSchema.describe('In English.'),
  es: NonEmptyTextSchema.describe('In Spanish.'),
});

/** Names in each language (acronyms, aliases); either list may be empty. */
export const LocalizedNamesSchema = z.strictObject({
  en: z.array(NonEmptyTextSchema).describe('In English.'),
  es: z.array(NonEmptyTextSchema).describe('In Spanish.'),
});
