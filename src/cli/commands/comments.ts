import { type CommentRecord, comments as all, type Stance, stanceSummary } from '../../index.js';
import type { Command } from '../command.js';
import { sourceIds } from '../format.js';
import { labels } from '../i18n.js';
import { listReport, renderTable } from '../output.js';

/** `usmx comments`: the public comments on the brief, with the editors' stance labels. */
export const comments: Command = {
  name: 'comments',
  summary: 'the public comments on the brief and their stances',
  details:
    "Comments in page order, verbatim. Each stance is this project's editorial label, not the commenter's. json " +
    'prints the comment records; csv has id, position, author, language, stance, themes, text and sources.',
  options: {},
  examples: ['usmx comments', 'usmx comments --format json'],
  run({ lang }) {
    const records = all();
    const words = labels(lang);
    const summary = Object.entries(stanceSummary())
      .map(([stance, count]) => `${words.stances[stance as Stance]}: ${count}`)
      .join(' · ');
    return listReport<CommentRecord>(
      records,
      [
        { name: 'id', value: (c) => c.id },
        { name: 'position', value: (c) => c.position },
        { name: 'author', value: (c) => c.author },
        { name: 'language', value: (c) => c.language },
        { name: 'stance', value: (c) => c.stance.value },
        { name: 'themes', value: (c) => c.themes },
        { name: 'text', value: (c) => c.text },
        { name: 'sources', value: sourceIds },
      ],
      (style) => [
        ...renderTable(
          records,
          [
            { header: '#', align: 'right', value: (c) => String(c.position) },
            { header: words.author, max: 16, value: (c) => c.author },
            { header: words.stance, value: (c) => words.stances[c.stance.value] },
            { header: words.comment, flex: true, wrap: true, value: (c) => c.text },
          ],
          { style },
        ),
        '',
        summary,
      ],
    );
  },
};
