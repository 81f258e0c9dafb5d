import { formatPartialDate, type CitableRecord, type Language, sourcesFor } from '../index.js';

/** The distinct ids of the sources a record (or a trade year) cites, in citation order. */
export function sourceIds(record: CitableRecord | number): string[] {
  return [...new Set(sourcesFor(record).map((citation) => citation.source.id))];
}

/** A date at its own precision, in words of the language (`September 2025`, `3 de septiembre de 2025`). */
export function dateText(date: string | undefined, lang: Language): string {
  return date === undefined ? '' : formatPartialDate(date, { lang });
}

/** Whole U.S. dollars as billions with one decimal, in the number style of the language (`797.3`). */
export function billions(usd: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'es-MX', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(usd / 1e9);
}
