import { type CitableRecord, type FigureRecord, formatPartialDate, type Language, sourcesFor } from '../index.js';
import { labels } from './i18n.js';
import { formatNumber } from '../core/number-format.js';

/** The distinct ids of the sources a record (or a trade year) cites, in citation order. */
export function sourceIds(record: CitableRecord | number): string[] {
  return [...new Set(sourcesFor(record).map((citation) => citation.source.id))];
}

/** The distinct publishers of the sources a record (or a trade year) cites, in citation order: what a reader names. */
export function publishers(record: CitableRecord | number): string[] {
  return [...new Set(sourcesFor(record).map((citation) => citation.source.publisher))];
}

/** A date at its own precision, in words of the language (`September 2025`, `3 de septiembre de 2025`). */
export function dateText(date: string | undefined, lang: Language): string {
  return date === undefined ? '' : formatPartialDate(date, { lang });
}

/** `since October 1, 2024`; in Spanish a day takes the article (`desde el 1 de octubre de 2024`), a month or year not. */
export function sinceText(date: string, lang: Language): string {
  const article = lang === 'es' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? ' el' : '';
  return `${labels(lang).since}${article} ${dateText(date, lang)}`;
}

/** A span of dates: `2018 – 2024`; in Spanish days take articles (`del 1 de diciembre de 2018 al 30 de …`). */
export function spanText(from: string, to: string | undefined, lang: Language): string {
  if (to === undefined) return sinceText(from, lang);
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (lang === 'es' && day.test(from) && day.test(to)) return `del ${dateText(from, lang)} al ${dateText(to, lang)}`;
  return `${dateText(from, lang)} – ${dateText(to, lang)}`;
}

/** A note the data has only in English: as is in English, marked as English in Spanish output. */
export function englishNote(note: string | undefined, lang: Language): string {
  if (note === undefined) return '';
  return lang === 'en' ? note : `${note} ${labels(lang).englishOnly}`;
}

/** Whole U.S. dollars as billions with one decimal, in the number style of the language (`797.3`). */
export function billions(usd: number, lang: Language): string {
  return formatNumber(usd / 1e9, lang === 'en' ? 'en-US' : 'es-MX', 1, 1);
}

/** When a figure is from (as written when `compact`), and for a trade figure which release: `2024, first release`. */
export function figureDate(figure: FigureRecord, lang: Language, compact = false): string {
  const release = figure.trade?.release;
  const date = compact ? figure.date : dateText(figure.date, lang);
  return release === undefined ? date : `${date}, ${labels(lang).releases[release]}`;
}
