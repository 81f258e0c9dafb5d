import type { Language } from '../generated/records.js';
import { oneOf, options } from '../core/arguments.js';
import { type LanguageTag, resolveLocale } from '../core/locale.js';
import { formatPartialDate } from '../format/format-partial-date.js';
import { type CslItem, copyOf, readAt, toCslItem } from './csl.js';
import { sourcesFor } from './sources.js';
import { apaCitation, bibtexEntry, CITE_STYLES, type CiteStyle, chicagoCitation } from './styles.js';
import type { CitationTarget, SourceRecord } from './types.js';

/** Options of `cite`. */
export interface CiteOptions {
  /**
   * Language of dates and labels in the `text` and `markdown` styles (the others are English): `'en'`, `'es'` or a
   * BCP-47 tag such as `'es-MX'`; default `'en'`.
   */
  readonly lang?: LanguageTag;
  /**
   * `'text'` (default) for numbered plain lines, `'markdown'` for a list with links, `'apa'` (7th edition) or
   * `'chicago'` (author-date) for one reference a line, `'bibtex'` for `@misc` entries, `'csl-json'` for a
   * CSL-JSON array (Zotero, Pandoc, citation processors).
   */
  readonly style?: CiteStyle;
}

const UNDATED: Record<Language, string> = { en: 'undated', es: 'sin fecha' };

function line(source: SourceRecord, lang: LanguageTag, markdown: boolean): string {
  const date =
    source.published === undefined
      ? UNDATED[resolveLocale(lang, 'lang').lang]
      : formatPartialDate(source.published, { lang });
  // A page without a title is cited by publisher, date and address: no title is made up for it. A copy that was
  // read is cited as the original, and the copy named after it.
  const url = toCslItem(source).URL;
  const copy = readAt(source);
  if (markdown) {
    const label = source.title === undefined ? source.publisher : `${source.publisher}, *${source.title}*`;
    const read = copyOf(source).copy;
    const copyLink = read?.url === undefined ? copy : `Read at [${read.publisher ?? read.url}](${read.url})`;
    return `- ${url === undefined ? label : `[${label}](${url})`}, ${date}${copyLink === undefined ? '' : `. ${copyLink}`}`;
  }
  const title = source.title === undefined ? '' : ` "${source.title}".`;
  return `${source.publisher}.${title} ${date}${url === undefined ? '' : `. ${url}`}${copy === undefined ? '' : `. ${copy}`}`;
}

/** The distinct sources a record cites, in citation order. */
function distinctSources(recordOrId: CitationTarget): SourceRecord[] {
  return [...new Map(sourcesFor(recordOrId).map((c) => [c.source.id, c.source])).values()];
}

/**
 * The distinct sources a record cites, in citation order, as CSL-JSON items: what `cite(…, { style: 'csl-json' })`
 * prints, as objects. Takes a record, an id of any record, or a trade year.
 *
 * @param recordOrId - a record with `sources`, the id of an initiative, event, actor, role, place, figure or
 *   comment, or a year of the trade series
 * @returns one CSL-JSON item per distinct source
 * @throws `NotFoundError` for an unknown id or year; `InvalidArgumentError` for anything else
 * @example
 * cslItems(2023)[0]?.publisher // 'U.S. Census Bureau'
 * cslItems('no-such-record') // throws NotFoundError
 */
export function cslItems(recordOrId: CitationTarget): CslItem[] {
  return distinctSources(recordOrId).map((source) => toCslItem(source));
}

/**
 * A ready-to-print list of the distinct sources a record cites, in citation order (the strongest first), in one
 * of six styles. Takes a record, an id of any record, or a trade year.
 *
 * @param recordOrId - a record with `sources`, the id of an initiative, event, actor, role, place, figure or
 *   comment, or a year of the trade series
 * @param citeOptions - `lang` and `style`; see {@link CiteOptions}
 * @returns one line per source (text, markdown, apa, chicago), entries separated by a blank line (bibtex), or a
 *   JSON array (csl-json)
 * @throws `NotFoundError` for an unknown id or year; `InvalidArgumentError` for a bad option
 * @example
 * cite(2023, { style: 'apa' }).split('\n')[0]?.startsWith('U.S. Census Bureau. (n.d.). U.S. trade in goods by country') // true
 * cite('usmca', { style: 'bibtex' }).startsWith('@misc{') // true
 * JSON.parse(cite(2023, { style: 'csl-json' }))[0].type // 'dataset'
 * cite('usmca', { style: 'mla' as never }) // throws InvalidArgumentError
 * cite('usmca-entry-into-force', { style: 'markdown' }).split('\n')[1]
 * // '- U.S. Department of State, *Entry into Force of the United States-Mexico-Canada Agreement*, July 1, 2020. Read at [U.S. Embassy in Estonia (ee.usembassy.gov)](https://ee.usembassy.gov/2020-07-02-5/)'
 */
export function cite(recordOrId: CitationTarget, citeOptions?: CiteOptions): string {
  const { lang = 'en', style = 'text' } = options(citeOptions, 'options');
  const language = lang;
  resolveLocale(language, 'lang');
  const chosen = oneOf(style, CITE_STYLES, 'style');
  const distinct = distinctSources(recordOrId);
  switch (chosen) {
    case 'csl-json':
      return JSON.stringify(
        distinct.map((source) => toCslItem(source)),
        null,
        2,
      );
    case 'bibtex':
      return distinct.map(bibtexEntry).join('\n\n');
    case 'apa':
      return distinct.map(apaCitation).join('\n');
    case 'chicago':
      return distinct.map(chicagoCitation).join('\n');
    case 'markdown':
      return distinct.map((source) => line(source, language, true)).join('\n');
    default:
      return distinct.map((source, i) => `${i + 1}. ${line(source, language, false)}`).join('\n');
  }
}
