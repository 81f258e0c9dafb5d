import { oneOf, options } from '../core/arguments.js';
import { type LanguageTag, resolveLocale } from '../core/locale.js';
import { formatPartialDate } from '../format/format-partial-date.js';
import type { Language } from '../schemas/common.js';
import { sourcesFor } from './sources.js';
import type { CitableRecord, SourceRecord } from './types.js';

/** Options of `cite`. */
export interface CiteOptions {
  /** Language of dates and labels (`'en'`, `'es'` or a BCP-47 tag such as `'es-MX'`); default `'en'`. */
  readonly lang?: LanguageTag;
  /** `'text'` (default) for plain lines, `'markdown'` for a list with links. */
  readonly style?: 'text' | 'markdown';
}

const UNDATED: Record<Language, string> = { en: 'undated', es: 'sin fecha' };

function line(source: SourceRecord, lang: LanguageTag, markdown: boolean): string {
  const date =
    source.published === undefined
      ? UNDATED[resolveLocale(lang, 'lang').lang]
      : formatPartialDate(source.published, { lang });
  // A page without a title is cited by publisher, date and address: no title is made up for it.
  if (markdown) {
    const label = source.title === undefined ? source.publisher : `${source.publisher}, *${source.title}*`;
    return `- ${source.url === undefined ? label : `[${label}](${source.url})`}, ${date}`;
  }
  const title = source.title === undefined ? '' : ` "${source.title}".`;
  return `${source.publisher}.${title} ${date}${source.url === undefined ? '' : `. ${source.url}`}`;
}

/**
 * A ready-to-print list of the distinct sources a record cites, in citation order. Takes a record, an id of any
 * record, or a trade year.
 *
 * @param recordOrId - A record, the id of any record, or a trade year.
 * @param citeOptions - `lang` (`'en'`, `'es'` or a BCP-47 tag) and `style`.
 * @returns One line per source.
 * @throws `NotFoundError` for an unknown id; `InvalidArgumentError` for a bad option.
 * @example
 * cite('usmca-entry-into-force', { style: 'markdown' }).split('\n')[1]
 * // '- [U.S. Department of State, *Entry into Force of the United States-Mexico-Canada Agreement*](https://ee.usembassy.gov/2020-07-02-5/), July 1, 2020'
 */
export function cite(recordOrId: CitableRecord | string | number, citeOptions?: CiteOptions): string {
  const { lang = 'en', style = 'text' } = options(citeOptions, 'options');
  resolveLocale(lang, 'lang');
  const markdown = oneOf(style, ['text', 'markdown'], 'style') === 'markdown';
  const distinct = [...new Map(sourcesFor(recordOrId).map((c) => [c.source.id, c.source])).values()];
  return distinct
    .map((source, i) => (markdown ? line(source, lang, true) : `${i + 1}. ${line(source, lang, false)}`))
    .join('\n');
}
