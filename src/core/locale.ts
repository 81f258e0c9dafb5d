import type { Language } from '../generated/records.js';
import { describe, InvalidArgumentError } from './errors.js';

/**
 * A language as an app passes it: `'en'`, `'es'`, or a BCP-47 tag for either (`'es-MX'`, `'es-ES'`, `'en-US'`,
 * `'en-GB'`, `'es-419'`…). Regions change only separators and date order; an unknown region falls back to the
 * language.
 */
export type LanguageTag = Language | `${Language}-${string}`;

/** A language tag resolved for formatting. */
export interface ResolvedLocale {
  /** The language of the text. */
  readonly lang: Language;
  /** The locale whose conventions numbers and day-first or month-first dates follow. */
  readonly locale: string;
}

// Mexican Spanish writes 1,234.5 as U.S. English does; Spain writes 1234,5 and 12.345,5. Any other region of a
// language takes the first listed for it.
const LOCALES = ['en-US', 'en-GB', 'es-MX', 'es-ES'];
const TAG = /^(en|es)([-_][a-z\d]{1,8})*$/i;

/**
 * Resolves a language option: `'en'`, `'es'`, or a BCP-47 tag whose language is one of them (case-insensitive;
 * `'es_MX'` as in `LANG` is accepted too).
 *
 * @param value - The option as given.
 * @param argument - The option's name, for the error message.
 * @returns The language, and the locale to format numbers and dates with.
 * @throws `InvalidArgumentError` when `value` is not a string naming English or Spanish.
 * @example
 * resolveLocale('es-ES', 'lang') // { lang: 'es', locale: 'es-ES' }
 * resolveLocale('es-AR', 'lang') // { lang: 'es', locale: 'es-MX' }
 * resolveLocale('EN-gb', 'lang') // { lang: 'en', locale: 'en-GB' }
 * resolveLocale('fr', 'lang') // throws InvalidArgumentError
 */
export function resolveLocale(value: unknown, argument: string): ResolvedLocale {
  if (typeof value !== 'string' || !TAG.test(value))
    throw new InvalidArgumentError(
      `${argument} must be 'en', 'es' or a BCP-47 tag for either (such as 'es-MX'); got ${describe(value)}.`,
    );
  const [lang, region = ''] = value.toLowerCase().split(/[-_]/) as [Language, string?];
  const own = LOCALES.filter((locale) => locale.startsWith(lang));
  return { lang, locale: own.find((locale) => locale.toLowerCase() === `${lang}-${region}`) ?? (own[0] as string) };
}

/**
 * The language of a language option (see `resolveLocale`).
 *
 * @param value - `'en'`, `'es'` or a BCP-47 tag for either.
 * @param argument - The option's name, for the error message.
 * @returns `'en'` or `'es'`.
 * @throws `InvalidArgumentError` when `value` names no supported language.
 * @example
 * languageOf('es-MX', 'lang') // 'es'
 */
export function languageOf(value: unknown, argument: string): Language {
  return resolveLocale(value, argument).lang;
}
