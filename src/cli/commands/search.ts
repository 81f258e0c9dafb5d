import { search as find, type SearchHit } from '../../index.js';
import { type Command, defined, wholeNumberOption } from '../command.js';
import { labels } from '../i18n.js';
import { listReport, renderTable } from '../output.js';

/** `usmx search`: ranked search across initiatives, events, actors, places and figures. */
export const search: Command = {
  name: 'search',
  summary: 'search initiatives, events, actors, places and figures',
  details:
    'Matches words in English and Spanish, ignoring case and accents; best hits first. json prints the hits as ' +
    'the package returns them (with their records); csv has kind, id, label (in --lang) and score.',
  positional: { name: 'text', words: true, description: 'the words to look for' },
  options: { limit: { type: 'string', placeholder: 'N', description: 'at most N hits (default 10)' } },
  examples: [
    'usmx search mission firewall',
    'usmx search "diálogo económico" --lang es',
    'usmx search border --limit 3 --format ndjson',
  ],
  run({ argument, lang, string }) {
    const hits = find(
      argument,
      defined({ lang, limit: wholeNumberOption(string('limit'), 'limit', 'a whole number such as 5') }),
    );
    const words = labels(lang);
    return listReport<SearchHit>(
      hits,
      [
        { name: 'kind', value: (hit) => hit.kind },
        { name: 'id', value: (hit) => hit.id },
        { name: 'label', value: (hit) => hit.label },
        { name: 'score', value: (hit) => hit.score },
      ],
      (style) =>
        hits.length === 0
          ? [words.noMatches]
          : renderTable(
              // Each hit on two lines: its name, then its id, whole, to paste into usmx lookup or usmx cite.
              hits.flatMap((hit) => [
                { kind: words.recordKinds[hit.kind], text: hit.label },
                { kind: '', text: `→ ${hit.id}` },
              ]),
              [
                { header: words.kind, value: (row) => row.kind },
                { header: `${words.name} → Id`, flex: true, wrap: true, keep: true, value: (row) => row.text },
              ],
              { style },
            ),
    );
  },
};
