import { type FigureRecord, figures as all, formatQuantity } from '../../index.js';
import type { Command } from '../command.js';
import { dateText, sourceIds } from '../format.js';
import { labels } from '../i18n.js';
import { listReport, renderTable } from '../output.js';

/** `usmx figures`: every sourced figure, with its value written out. */
export const figures: Command = {
  name: 'figures',
  summary: 'sourced figures: trade totals, transfers, deployments, ranks',
  details:
    'Every figure, sorted by id, with its qualifier (approximately, at least). json prints the figure records; ' +
    'csv has id, subject, date, label (in --lang), value, unit, qualifier, text (the value in words), domains ' +
    'and sources.',
  options: {},
  examples: ['usmx figures', 'usmx figures --lang es', 'usmx figures --format csv'],
  run({ lang }) {
    const records = all();
    const words = labels(lang);
    const text = (figure: FigureRecord) => formatQuantity(figure.quantity, { lang });
    return listReport(
      records,
      [
        { name: 'id', value: (f) => f.id },
        { name: 'subject', value: (f) => f.subject },
        { name: 'date', value: (f) => f.date },
        { name: 'label', value: (f) => f.label[lang] },
        { name: 'value', value: (f) => f.quantity.value },
        { name: 'unit', value: (f) => f.quantity.unit },
        { name: 'qualifier', value: (f) => f.quantity.qualifier },
        { name: 'text', value: text },
        { name: 'domains', value: (f) => f.domains },
        { name: 'sources', value: sourceIds },
      ],
      (style) =>
        renderTable(
          records,
          [
            { header: words.date, value: (f) => dateText(f.date, lang) },
            { header: words.figure, flex: true, wrap: true, value: (f) => f.label[lang] },
            { header: words.value, max: 24, wrap: true, value: text },
          ],
          { style },
        ),
    );
  },
};
