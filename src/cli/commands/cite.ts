import { CITE_STYLES, type CiteStyle, cite as citation, type ResolvedCitation, sourcesFor } from '../../index.js';
import type { Command } from '../command.js';
import { listReport, SCREEN_WIDTH, wrapText } from '../output.js';

/** A trade year when the argument is one (`2023`), else a record id. */
function recordKey(argument: string): string | number {
  return /^\d{4}$/.test(argument) ? Number(argument) : argument;
}

/** Wraps a numbered citation so that its continuation lines hang under its text. */
function hanging(line: string): string[] {
  const indent = (/^\d+\. /.exec(line)?.[0] ?? '').length;
  return wrapText(line.slice(indent), SCREEN_WIDTH - indent).map(
    (part, i) => (i === 0 ? line.slice(0, indent) : ' '.repeat(indent)) + part,
  );
}

/** `usmx cite`: the sources of any record, ready to paste. */
export const cite: Command = {
  name: 'cite',
  summary: 'the sources a record cites, formatted as citations',
  details:
    'Works for any initiative, event, actor, place, figure or comment id, and for a trade year. The table is the ' +
    "package's cite() text (dates in --lang), wrapped at 80 columns; json prints sourcesFor() (each source with " +
    'its quote and note) and csv has one row per citation, URLs whole. --style prints the citations instead in ' +
    'that style, unwrapped, ready to paste: apa, chicago (author-date), bibtex, csl-json (for Zotero and Pandoc), ' +
    'markdown or text.',
  positional: { name: 'id', description: 'a record id (usmca, mission-firewall-announced) or a trade year (2023)' },
  options: {
    style: { type: 'string', placeholder: 'STYLE', description: `${CITE_STYLES.join(', ')} (default: the table)` },
  },
  examples: [
    'usmx cite usmca',
    'usmx cite 2023 --lang es',
    'usmx cite visa-revocations-2025 --format csv',
    'usmx cite usmca-entry-into-force --style bibtex',
  ],
  run({ argument, lang, string }) {
    const key = recordKey(argument);
    const citations = sourcesFor(key);
    const style = string('style');
    // Checked and rendered now, so that an unknown style is a usage error before anything is printed.
    const styled = style === undefined ? undefined : citation(key, { lang, style: style as CiteStyle }).split('\n');
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
      () => styled ?? citation(key, { lang }).split('\n').flatMap(hanging),
    );
  },
};
