import { type Domain, type FigureRecord, type FigureSubject, figures as all, formatQuantity } from '../../index.js';
import { sourcesColumn, sourcesWidth } from '../columns.js';
import { choice, type Command, defined } from '../command.js';
import { figureDate, sourceIds } from '../format.js';
import { labels } from '../i18n.js';
import { listReport, renderTable } from '../output.js';
import { DOMAIN_NAMES } from './timeline.js';

const SUBJECTS = Object.keys(labels('en').subjects) as FigureSubject[];

/** `usmx figures`: sourced figures, filtered as `figures()` filters them, each with its date and id. */
export const figures: Command = {
  name: 'figures',
  summary: 'sourced figures: trade totals, transfers, deployments, ranks',
  details:
    'Figures sorted by id, each with its date (and Census release), its value in words, its id (for usmx lookup ' +
    'and usmx cite) and its publishers. json prints the figure records; csv has the columns of the shipped ' +
    'csv/figures.csv.',
  options: {
    subject: { type: 'string', placeholder: 'SUBJECT', description: SUBJECTS.join(', ') },
    domain: { type: 'string', placeholder: 'DOMAIN', description: DOMAIN_NAMES.join(', ') },
    from: {
      type: 'string',
      placeholder: 'DATE',
      description: 'figures dated on or after: YYYY, YYYY-MM or YYYY-MM-DD',
    },
    to: { type: 'string', placeholder: 'DATE', description: 'figures dated on or before' },
  },
  examples: ['usmx figures', 'usmx figures --subject goods-trade --lang es', 'usmx figures --from 2025 --format csv'],
  run({ lang, string }) {
    const subject = string('subject');
    const domain = string('domain');
    const records = all(
      defined({
        subject: subject === undefined ? undefined : choice(subject, SUBJECTS, 'subject'),
        domain: domain === undefined ? undefined : choice<Domain>(domain, DOMAIN_NAMES, 'domain'),
        from: string('from'),
        to: string('to'),
      }),
    );
    const words = labels(lang);
    const text = (figure: FigureRecord) => formatQuantity(figure.quantity, { lang });
    return listReport(
      records,
      [
        { name: 'id', value: (f) => f.id },
        { name: 'subject', value: (f) => f.subject },
        { name: 'date', value: (f) => f.date },
        { name: 'label_en', value: (f) => f.label.en },
        { name: 'label_es', value: (f) => f.label.es },
        { name: 'value', value: (f) => f.quantity.value },
        { name: 'unit', value: (f) => f.quantity.unit },
        { name: 'qualifier', value: (f) => f.quantity.qualifier },
        { name: 'trade_year', value: (f) => f.trade?.year },
        { name: 'trade_measure', value: (f) => f.trade?.measure },
        { name: 'trade_release', value: (f) => f.trade?.release },
        { name: 'sources', value: sourceIds },
      ],
      (style) =>
        records.length === 0
          ? [words.noMatches]
          : renderTable(
              records,
              [
                {
                  header: words.date,
                  max: style.width >= 120 ? 26 : 14,
                  wrap: true,
                  value: (f) => figureDate(f, lang),
                },
                {
                  header: words.figure,
                  flex: true,
                  wrap: true,
                  keep: true,
                  value: (f) => `${f.label[lang]} ${f.id}`,
                },
                { header: words.value, max: 18, wrap: true, value: text },
                sourcesColumn(lang, (f) => f, 1, sourcesWidth(style.width) - 6),
              ],
              { style },
            ),
    );
  },
};
