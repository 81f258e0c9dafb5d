import type { CitableRecord, EventRecord, Language } from '../index.js';
import { dateText, publishers, sourceIds } from './format.js';
import { labels } from './i18n.js';
import type { Column, CsvField } from './output.js';

/** The most a sources column takes before its publishers wrap onto more lines. */
export const SOURCES_WIDTH = 28;

/** A list of names, the first `most` of them and `+N` for the rest; every name whole. */
export function fewNames(names: readonly string[], most: number): string {
  const rest = names.length - most;
  return rest > 0 ? `${names.slice(0, most).join(', ')} +${rest}` : names.join(', ');
}

/**
 * The sources of the row's record as a reader names them: their publishers (Reuters, N+), wrapping onto more lines
 * rather than being cut; with `most`, the first few and `+N` (`usmx cite <key>` lists them all).
 */
export function sourcesColumn<T>(
  lang: Language,
  recordOf: (row: T) => CitableRecord | number,
  most?: number,
  width: number = SOURCES_WIDTH,
): Column<T> {
  return {
    header: labels(lang).sources,
    max: width,
    wrap: true,
    value: (row) => {
      const names = publishers(recordOf(row));
      return most === undefined ? names.join(', ') : fewNames(names, most);
    },
  };
}

/** Table columns of an event: its date (in words, or as written when `compact`), its title (wrapped) and its sources. */
export function eventColumns(lang: Language, screen: number, compact = false): Column<EventRecord>[] {
  const words = labels(lang);
  return [
    { header: words.date, value: (event) => (compact ? event.date : dateText(event.date, lang)) },
    { header: words.title, flex: true, wrap: true, value: (event) => event.title[lang] },
    sourcesColumn(lang, (event) => event, compact ? BRIEF_PUBLISHERS : undefined, sourcesWidth(screen)),
  ];
}

/** The most a sources column takes on a screen of `width`: a quarter or so, never less than 22. */
export function sourcesWidth(width: number): number {
  return Math.max(22, Math.floor(width * 0.27));
}

/** How many publishers a line of the brief names before `+N`. */
export const BRIEF_PUBLISHERS = 1;

/** Csv columns of an event: those of the shipped csv/events.csv (titles in both languages, lists joined by ;). */
export function eventFields(): CsvField<EventRecord>[] {
  return [
    { name: 'id', value: (e) => e.id },
    { name: 'date', value: (e) => e.date },
    { name: 'kind', value: (e) => e.kind },
    { name: 'title_en', value: (e) => e.title.en },
    { name: 'title_es', value: (e) => e.title.es },
    { name: 'domains', value: (e) => e.domains },
    { name: 'initiatives', value: (e) => e.initiatives },
    { name: 'actors', value: (e) => e.actors },
    { name: 'places', value: (e) => e.places },
    { name: 'figures', value: (e) => e.figures },
    { name: 'sources', value: sourceIds },
  ];
}
