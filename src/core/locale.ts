import { describe, InvalidArgumentError } from './errors.js';
import { LANGUAGES } from './vocabulary.js';
import type { Language } from '../schemas/common.js';

/**
 * A language as an app passes it: `'en'`, `'es'`, or a BCP-47 tag for either (`'es-MX'`, `'es-ES'`, `'en-US'`,
 * `'en-GB'`, `'es-419'`…). Regions change only separators; an unknown region falls back to the language.
 */
export type LanguageTag = Language | `${Language}-${string}`;

/** A language tag resolved for formatting. */
export interface ResolvedLocale {
  /** The language of the text. */
  readonly lang: Language;
  /** The locale for `Intl` number formatting (separators). */
  readonly numbers: string;
  /** The locale for `Intl` date formatting (month names). */
  readonly dates: string;
}

// Mexican Spanish writes 1,234.5 as U.S. English does; Spain writes 1234,5 and 12.345 (Intl follows the RAE and
// groups thousands only from five digits). Any other region of a language uses its default.
const REGIONS: Record<string, ResolvedLocale> = {
  en: { lang: 'en', numbers: 'en-US', dates: 'en-US' },
  'en-us': { lang: 'en', numbers: 'en-US', dates: 'en-US' },
  'en-gb': { lang: 'en', numbers: 'en-GB', dates: 'en-GB' },
  es: { lang: 'es', numbers: 'es-MX', dates: 'es-MX' },
  'es-mx': { lang: 'es', numbers: 'es-MX', dates: 'es-MX' },
  'es-es': { lang: 'es', numbers: 'es-ES', dates: 'es-ES' },
};

const TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i;

/**
 * Resolves a language option: `'en'`, `'es'`, or a BCP-47 tag whose language is one of them (case-insensitive;
 * `'es_MX'` as in `LANG` is accepted too).
 *
 * @param value - The option as given.
 * @param argument - The option's name, for the error message.
 * @returns The language and the locales to format numbers and dates with.
 * @throws `InvalidArgumentError` when `value` is not a string naming English or Spanish.
 * @example
 * resolveLocale('es-ES', 'lang') // { lang: 'es', numbers: 'es-ES', dates: 'es-ES' }
 * resolveLocale('es-AR', 'lang').numbers // 'es-MX'
 * resolveLocale('EN-gb', 'lang').lang // 'en'
 * resolveLocale('fr', 'lang') // throws InvalidArgumentError
 */
export function resolveLocale(value: unknown, argument: string): ResolvedLocale {
  const match = typeof value === 'string' ? TAG.exec(value) : null;
  const lang = match?.[1]?.toLowerCase();
  if (match === null || !(LANGUAGES as readonly (string | undefined)[]).includes(lang)) {
    throw new InvalidArgumentError(
      `${argument} must be 'en', 'es' or a BCP-47 tag for either (such as 'es-MX'); got ${describe(value)}.`,
    );
  }
  const [language, region] = (value as string).toLowerCase().split(/[-_]/);
  return REGIONS[`${language}-${region}`] ?? (REGIONS[language as Language] as ResolvedLocale);
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
