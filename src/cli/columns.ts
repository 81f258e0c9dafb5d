import type { CitableRecord, EventRecord, Language } from '../index.js';
import { dateText, sourceIds } from './format.js';
import { labels } from './i18n.js';
import { type Column, type CsvField, fitList } from './output.js';

/** How wide the sources column is, so that it lines up across tables. */
export const SOURCES_WIDTH = 22;

/**
 * The last column of a table: the ids of the sources of the row's record, as many as fit in `width` and `+N` for
 * the rest; all of them when no width is given.
 */
export function sourcesColumn<T>(
  lang: Language,
  recordOf: (row: T) => CitableRecord | number,
  width?: number,
): Column<T> {
  const header = labels(lang).sources;
  const ids = (row: T) => sourceIds(recordOf(row));
  return width === undefined
    ? { header, value: (row) => ids(row).join(', ') }
    : { header, width, value: (row) => fitList(ids(row), width) };
}

/** Table columns of an event: its date (in words, or as written when `compact`), its title and its sources. */
export function eventColumns(lang: Language, compact = false): Column<EventRecord>[] {
  const words = labels(lang);
  return [
    { header: words.date, value: (event) => (compact ? event.date : dateText(event.date, lang)) },
    { header: words.title, flex: true, value: (event) => event.title[lang] },
    sourcesColumn(lang, (event) => event, SOURCES_WIDTH),
  ];
}

/** Csv columns of an event, with its text in one language and its lists joined. */
export function eventFields(lang: Language): CsvField<EventRecord>[] {
  return [
    { name: 'id', value: (e) => e.id },
    { name: 'date', value: (e) => e.date },
    { name: 'kind', value: (e) => e.kind },
    { name: 'title', value: (e) => e.title[lang] },
    { name: 'summary', value: (e) => e.summary[lang] },
    { name: 'domains', value: (e) => e.domains },
    { name: 'initiatives', value: (e) => e.initiatives },
    { name: 'actors', value: (e) => e.actors },
    { name: 'places', value: (e) => e.places },
    { name: 'figures', value: (e) => e.figures },
    { name: 'sources', value: sourceIds },
  ];
}
