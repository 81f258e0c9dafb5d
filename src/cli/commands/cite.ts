import { type CiteOptions, cite as citation, type ResolvedCitation, sourcesFor } from '../../index.js';
import { choice, type Command } from '../command.js';
import { listReport, type Style, wrapText } from '../output.js';
import { requireRecord } from '../records.js';

/** Every style `cite()` has: typed against `CiteOptions`, so a style the package adds must be listed here. */
const STYLE_NAMES: Readonly<Record<NonNullable<CiteOptions['style']>, true>> = {
  text: true,
  markdown: true,
  apa: true,
  chicago: true,
  bibtex: true,
  'csl-json': true,
};
/** Styles printed as they are, for pasting into a reference manager: wrapping would break them. */
const VERBATIM: ReadonlySet<string> = new Set(['bibtex', 'csl-json']);
const STYLES = Object.keys(STYLE_NAMES) as NonNullable<CiteOptions['style']>[];

/** A trade year when the argument is one (`2023`), else the id of the record any key names (`T-MEC` is usmca). */
function recordKey(argument: string): string | number {
  return /^\d{4}$/.test(argument) ? Number(argument) : requireRecord(argument).record.id;
}

/** Wraps a citation so that its continuation lines hang under its text; URLs are never split. */
function hanging(line: string, style: Style): string[] {
  const indent = (/^(?:\d+\.|-) /.exec(line)?.[0] ?? '').length;
  return wrapText(line.slice(indent), style.width - indent).map(
    (part, i) => (i === 0 ? line.slice(0, indent) : ' '.repeat(indent)) + part,
  );
}

/** `usmx cite`: the sources of any record, ready to paste. */
export const cite: Command = {
  name: 'cite',
  summary: 'the sources a record cites, formatted as citations',
  details:
    "Takes every key 'usmx lookup' takes (any id, acronym, alias or name) and a trade year. The table is the " +
    "package's cite() text in --style (text, markdown, apa, chicago: dates in --lang for the first two; bibtex and " +
    'csl-json printed as they are, ready to paste), wrapped to the width with URLs whole; json prints ' +
    'sourcesFor() (each source with its quote and note) and csv has one row per citation.',
  positional: {
    name: 'key',
    words: true,
    description: 'a record id or key (usmca, T-MEC, Sheinbaum, an event id) or a trade year (2023)',
  },
  options: {
    style: { type: 'string', placeholder: 'STYLE', description: `${STYLES.join(', ')} (default text)` },
  },
  examples: [
    'usmx cite T-MEC',
    'usmx cite 2023 --lang es',
    'usmx cite usmca --style markdown',
    'usmx cite usmca-entry-into-force --style bibtex',
  ],
  run({ argument, lang, string }) {
    const key = recordKey(argument);
    const styleOption = string('style');
    const style = styleOption === undefined ? 'text' : choice(styleOption, STYLES, 'style');
    const citations = sourcesFor(key);
    return listReport<ResolvedCitation>(
      citations,
      [
        { name: 'source', value: (c) => c.source.id },
        { name: 'publisher', value: (c) => c.source.publisher },
        { name: 'title', value: (c) => c.source.title },
        { name: 'published', value: (c) => c.source.published },
        { name: 'url', value: (c) => c.source.url },
        { name: 'kind', value: (c) => c.source.kind },
        { name: 'language', value: (c) => c.source.language },
        { name: 'quote', value: (c) => c.quote },
        { name: 'note', value: (c) => c.note },
      ],
      (tableStyle) => {
        const lines = citation(key, { lang, style }).split('\n');
        return VERBATIM.has(style) ? lines : lines.flatMap((line) => hanging(line, tableStyle));
      },
    );
  },
};
