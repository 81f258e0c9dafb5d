import * as z from 'zod';
import { NonEmptyTextSchema } from './common.js';

/** The same text in English and Spanish; both are required. */
export const LocalizedTextSchema = z.strictObject({
  en: NonEmptyTextSchema,
  es: NonEmptyTextSchema,
});

/** The same text in English and Spanish. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Names in each language (acronyms, aliases); either list may be empty. */
export const LocalizedNamesSchema = z.strictObject({
  en: z.array(NonEmptyTextSchema),
  es: z.array(NonEmptyTextSchema),
});

/** Names in each language. */
export type LocalizedNames = z.infer<typeof LocalizedNamesSchema>;
