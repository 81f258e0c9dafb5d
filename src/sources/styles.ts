/**
 * Citation styles written by hand over a source's CSL-JSON item, so that the package needs no CSL processor: APA
 * (7th edition), Chicago (17th edition, author-date) and BibTeX. test/citation-styles.test.ts checks them against a
 * CSL processor run on the same items. A page without a title is never given one; dates keep their precision.
 */
import { MONTH_NAMES } from '../core/month-names.js';
import { type CslItem, copyOf, readAt, toCslItem } from './csl.js';
import type { SourceRecord } from './types.js';

/**
 * The citation styles of `cite`.
 *
 * @example
 * CITE_STYLES.includes('bibtex') // true
 */
export const CITE_STYLES = ['text', 'markdown', 'apa', 'chicago', 'bibtex', 'csl-json'] as const;
/** A citation style of `cite`. */
export type CiteStyle = (typeof CITE_STYLES)[number];

function parts(item: CslItem): readonly number[] | undefined {
  return item.issued?.['date-parts'][0];
}

/** The group or outlet named as the work's publisher. */
function publisherOf(item: CslItem): string {
  return item.publisher ?? item['container-title'] ?? '';
}

/** `2019, May 31`, `2024, January`, `2024` or `n.d.`: APA's date, at the source's precision (a data set by year). */
function apaDate(item: CslItem): string {
  const [year, month, day] = parts(item) ?? [];
  if (year === undefined) return 'n.d.';
  if (month === undefined || item.type === 'dataset') return String(year);
  return `${year}, ${MONTH_NAMES.en[month - 1]}${day === undefined ? '' : ` ${day}`}`;
}

/** Ends a segment with a full stop unless it already ends with one (or a question or exclamation mark). */
function stop(segment: string): string {
  return /[.?!]$/.test(segment) ? segment : `${segment}.`;
}

/**
 * One source in APA style (7th edition), as plain text: author, date, title (with `[Data set]` for data), publisher,
 * URL. A government text, data set or reference page without a named author has its publisher as group author; a
 * press article without one leads with its title, or, when the page shows no title, with its outlet. A copy that
 * was read follows in square brackets.
 *
 * @param source - a source record
 * @returns one line
 * @throws never
 * @example
 * apaCitation(getSource('census-country-xlsx-2024-01')!).startsWith('U.S. Census Bureau. (n.d.). U.S. trade in goods by country (country.xlsx), January 2024 vintage [Data set]. U.S. Census Bureau.') // true
 * apaCitation(getSource('abcnews-2019-05-31-mexico-tariff')!) // 'ABC News. (2019, May 31). https://abcnews.go.com/Politics/president-donald-trump-announces-tariff-goods-mexico/story?id=63388473'
 */
export function apaCitation(source: SourceRecord): string {
  const item = toCslItem(source);
  const publisher = publisherOf(item);
  const lead = item.author?.[0]?.literal ?? item.title ?? publisher;
  const segments = [stop(lead), `(${apaDate(item)}).`];
  // A data set says so in brackets after its title, or alone where it has none: a description, not a title.
  const title = item.type === 'dataset' ? `${item.title ?? ''} [Data set]`.trim() : item.title;
  if (title !== undefined && lead !== item.title) segments.push(stop(title));
  if (lead !== publisher || item.author !== undefined) segments.push(stop(publisher));
  if (item.URL !== undefined) segments.push(item.URL);
  if (item.note !== undefined) segments.push(`[${item.note}]`);
  return segments.join(' ');
}

/** `May 31, 2019`, `January 2024` or `2024`: Chicago's full date after the title. */
function chicagoDate(item: CslItem): string | undefined {
  const [year, month, day] = parts(item) ?? [];
  if (year === undefined) return undefined;
  if (month === undefined) return String(year);
  return `${MONTH_NAMES.en[month - 1]}${day === undefined ? '' : ` ${day},`} ${year}`;
}

/**
 * One source in Chicago style (17th edition, author-date), as plain text: author (or the outlet), year, title in
 * quotation marks as published (not recased), outlet or publisher, full date, URL. A copy that was read follows as
 * a sentence.
 *
 * @param source - a source record
 * @returns one line
 * @throws never
 * @example
 * chicagoCitation(getSource('brief')!) // 'us-mexico-relations source brief. n.d. “Strengthening Bilateral Security Cooperation.” us-mexico-relations source brief.'
 */
export function chicagoCitation(source: SourceRecord): string {
  const item = toCslItem(source);
  const publisher = publisherOf(item);
  const author = item.author?.[0]?.literal;
  const year = parts(item)?.[0];
  const date = chicagoDate(item);
  const press = item.type === 'article-newspaper';
  const segments = [stop(author ?? publisher), stop(year === undefined ? 'n.d.' : String(year))];
  // A press article without an author leads with its outlet, so its title runs on into the date.
  const runOn = press && author === undefined && date !== undefined;
  // Quotation marks inside the title become single ones within Chicago's double ones.
  const title = item.title?.replace(/"([^"]*)"/g, '‘$1’').replace(/“([^”]*)”/g, '‘$1’');
  if (title !== undefined) segments.push(`“${runOn ? `${title},` : stop(title)}”`);
  if (press) {
    const where = [author === undefined ? undefined : publisher, date].filter((part) => part !== undefined);
    if (where.length > 0) segments.push(stop(where.join(', ')));
  } else {
    segments.push(stop(publisher));
    // A page repeats its date after the publisher (the year alone when that is all it has); a data set or document
    // gives only the year.
    if (item.type === 'webpage' && date !== undefined) segments.push(stop(date));
  }
  if (item.URL !== undefined) segments.push(stop(item.URL));
  if (item.note !== undefined) segments.push(stop(item.note));
  return segments.join(' ');
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Text for a BibTeX field: LaTeX's special characters escaped. */
function tex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/** An address for `url` (read by the url package, which takes it as it is) or inside `\url{}`. */
function texUrl(url: string): string {
  return url.replace(/[%#{}\\]/g, (c) => `\\${c}`);
}

/**
 * One source as a BibTeX `@misc` entry keyed by the source id, readable by BibTeX and biblatex: names and titles
 * braced so that their capitals are kept, `date` at the source's precision for biblatex beside `year` and `month`,
 * `howpublished` and `url` with the original's address, and `note` naming a copy that was read.
 *
 * @param source - a source record
 * @returns the entry, several lines, without a final newline
 * @throws never
 * @example
 * bibtexEntry(getSource('brief')!).split('\n')[0] // '@misc{brief,'
 */
export function bibtexEntry(source: SourceRecord): string {
  const item = toCslItem(source);
  const [year, month] = parts(item) ?? [];
  const fields: [string, string][] = [];
  const author = item.author?.[0]?.literal;
  if (author !== undefined) fields.push(['author', `{${tex(author)}}`]);
  if (item.title !== undefined) fields.push(['title', `{${tex(item.title)}}`]);
  fields.push(['publisher', tex(publisherOf(item))]);
  if (year !== undefined) fields.push(['year', String(year)]);
  const date = source.published;
  if (date !== undefined) fields.push(['date', date]);
  if (item.URL !== undefined) {
    fields.push(['howpublished', `\\url{${texUrl(item.URL)}}`]);
    // biblatex reads `url` verbatim: the address goes in as it is.
    fields.push(['url', item.URL]);
  }
  fields.push(['langid', source.language === 'es' ? 'spanish' : source.language === 'en' ? 'english' : item.language]);
  // The copy's address goes in \url{} so that LaTeX prints it as it is.
  const { copy } = copyOf(source);
  const note =
    copy === undefined
      ? readAt(source)
      : `Read at ${[copy.publisher === undefined ? undefined : tex(copy.publisher), copy.url === undefined ? undefined : `\\url{${texUrl(copy.url)}}`].filter((part) => part !== undefined).join(', ')}`;
  if (note !== undefined) fields.push(['note', copy === undefined ? tex(note) : note]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`);
  if (month !== undefined)
    body.splice(fields.findIndex(([name]) => name === 'year') + 1, 0, `  month = ${BIBTEX_MONTHS[month - 1]}`);
  return `@misc{${source.id},\n${body.join(',\n')}\n}`;
}
