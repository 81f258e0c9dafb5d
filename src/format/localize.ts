import type { Language } from '../generated/records.js';
import { type LanguageTag, languageOf } from '../core/locale.js';

/** A record with every `{ en, es }` pair replaced by its value in one language. */
export type Localized<T> = T extends { readonly en: infer English; readonly es: unknown }
  ? English
  : T extends readonly (infer Item)[]
    ? readonly Localized<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: Localized<T[Key]> }
      : T;

function isLanguagePair(value: object): value is { en: unknown; es: unknown } {
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('en') && keys.includes('es');
}

function pick(value: unknown, lang: Language): unknown {
  if (Array.isArray(value)) return Object.freeze(value.map((item: unknown) => pick(item, lang)));
  if (typeof value !== 'object' || value === null) return value;
  if (isLanguagePair(value)) return pick(value[lang], lang);
  return Object.freeze(Object.fromEntries(Object.entries(value).map(([key, child]) => [key, pick(child, lang)])));
}

/**
 * A frozen copy of a record with plain strings in one language: names, titles, summaries, acronyms and aliases.
 *
 * @param record - Any record of the package (or anything with `{ en, es }` pairs).
 * @param lang - `'en'`, `'es'` or a BCP-47 tag for either (`'es-MX'`).
 * @returns The copy, deeply frozen.
 * @throws `InvalidArgumentError` for an unknown language.
 * @example
 * localize(requireInitiative('usmca'), 'es').acronyms // ['T-MEC']
 * localize(requireInitiative('hled'), 'es-MX').name // 'Diálogo Económico de Alto Nivel'
 */
export function localize<T>(record: T, lang: LanguageTag): Localized<T> {
  return pick(record, languageOf(lang, 'lang')) as Localized<T>;
}
