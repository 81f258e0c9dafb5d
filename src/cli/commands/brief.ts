import { compareCodeUnits } from '../../core/compare.js';
import {
  asOf,
  dataVersion,
  type Domain,
  type EventRecord,
  type FigureRecord,
  figures,
  formatQuantity,
  type InitiativeRecord,
  initiatives,
  type Language,
  timeline,
  tradeCoverage,
  tradeSeries,
  type TradeSeriesRow,
} from '../../index.js';
import { bar } from '../chart.js';
import { BRIEF_PUBLISHERS, eventColumns, sourcesColumn, sourcesWidth } from '../columns.js';
import type { Command } from '../command.js';
import { billions, dateText, figureDate, publishers, sourceIds } from '../format.js';
import { labels } from '../i18n.js';
import { type Column, csvTable, type Report, renderTable, spread, type Style, type TableOptions } from '../output.js';

const LATEST_EVENTS = 8;
const TRADE_YEARS = 15;
const INDENT = 2;

/** The brief's content: API records, grouped as the brief shows them. */
interface Brief {
  readonly asOf: string;
  readonly dataVersion: string;
  readonly events: readonly EventRecord[];
  readonly initiatives: Readonly<Partial<Record<Domain, readonly InitiativeRecord[]>>>;
  readonly figures: readonly FigureRecord[];
  readonly trade: readonly TradeSeriesRow[];
}

/** An active initiative under the domain it is listed by (its first). */
interface InitiativeLine {
  readonly domain: Domain;
  readonly first: boolean;
  readonly record: InitiativeRecord;
}

function collect(): Brief {
  const grouped: Partial<Record<Domain, InitiativeRecord[]>> = {};
  // The brief's own subjects: the active initiatives it cites, not every active mechanism the data records.
  const briefed = initiatives({ status: 'active' }).filter((r) => r.sources.some((c) => c.source === 'brief'));
  for (const record of briefed) {
    const [domain] = record.domains;
    if (domain !== undefined) grouped[domain] = [...(grouped[domain] ?? []), record];
  }
  // The latest figure of each subject, newest first: one line per kind of number.
  const latest = new Map<string, FigureRecord>();
  for (const figure of [...figures()].sort((a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.id, b.id)))
    latest.set(figure.subject, figure);
  const { from, to } = tradeCoverage();
  return {
    asOf,
    dataVersion,
    events: timeline().slice(-LATEST_EVENTS).reverse(),
    initiatives: grouped,
    figures: [...latest.values()].reverse(),
    trade: tradeSeries({ from: Math.max(from, to - TRADE_YEARS + 1), to }),
  };
}

function initiativeLines(brief: Brief): InitiativeLine[] {
  return Object.entries(brief.initiatives).flatMap(([domain, records]) =>
    (records ?? []).map((record, i) => ({ domain: domain as Domain, first: i === 0, record })),
  );
}

/** The name with its acronyms in both languages, so that the reader sees USMCA and T-MEC whatever `--lang`. */
function initiativeName(record: InitiativeRecord, lang: Language): string {
  const acronyms = [...new Set([...record.acronyms[lang], ...record.acronyms[lang === 'en' ? 'es' : 'en']])];
  return acronyms.length === 0 ? record.name[lang] : `${record.name[lang]} (${acronyms.join(', ')})`;
}

/** `data as of March 2026`; in Spanish `datos a marzo de 2026`, `datos al 3 de marzo de 2026`. */
function asOfText(date: string, lang: Language): string {
  const words = labels(lang);
  const prefix = lang === 'es' && !/^\d{4}-\d{2}-\d{2}$/.test(date) ? 'datos a' : words.asOf;
  return `${prefix} ${dateText(date, lang)}`;
}

function table(brief: Brief, lang: Language, style: Style): string[] {
  const words = labels(lang);
  const options: TableOptions = { style, header: false, indent: INDENT, fill: true };
  const section = <T>(title: string, rows: readonly T[], columns: Column<T>[]) => [
    '',
    style.heading(title),
    ...renderTable(rows, columns, options),
  ];
  const maxTotal = Math.max(...brief.trade.map((row) => row.totalUsd));
  const widest = (text: (row: TradeSeriesRow) => string) => Math.max(...brief.trade.map((row) => text(row).length));
  // The bar takes what the line leaves: indent, year, value, publisher (in full) and the gaps between them.
  const barWidth = Math.max(
    8,
    style.width -
      INDENT -
      4 -
      widest((row) => billions(row.totalUsd, lang)) -
      widest((row) => publishers(row.year).join(', ')) -
      3 * 2,
  );
  return [
    ...spread(words.briefTitle, `${asOfText(brief.asOf, lang)} · ${brief.dataVersion}`, style.width).map(style.heading),
    ...section(words.latestEvents, brief.events, eventColumns(lang, style.width, true)),
    ...section(words.activeInitiatives, initiativeLines(brief), [
      { header: '', value: (line) => (line.first ? words.domains[line.domain] : '') },
      { header: '', flex: true, wrap: true, value: (line) => initiativeName(line.record, lang) },
      sourcesColumn(lang, (line) => line.record, BRIEF_PUBLISHERS, sourcesWidth(style.width)),
    ]),
    ...section(words.keyFigures, brief.figures, [
      { header: '', max: 10, wrap: true, value: (figure) => figureDate(figure, lang, true) },
      { header: '', flex: true, wrap: true, value: (figure) => figure.label[lang] },
      { header: '', max: 18, wrap: true, value: (figure) => formatQuantity(figure.quantity, { lang }) },
      sourcesColumn(lang, (figure) => figure, BRIEF_PUBLISHERS, sourcesWidth(style.width)),
    ]),
    ...section(words.tradeChart, brief.trade, [
      { header: '', value: (row) => String(row.year) },
      { header: '', align: 'right', value: (row) => billions(row.totalUsd, lang) },
      { header: '', value: (row) => bar(row.totalUsd, maxTotal, barWidth) },
      { header: '', keep: true, value: (row) => publishers(row.year).join(', ') },
    ]),
  ];
}

/** A line of the brief as a csv row; `value` is as shown. */
interface BriefRow {
  readonly section: string;
  readonly group: string;
  readonly id: string;
  readonly date: string;
  readonly text: string;
  readonly value: string;
  readonly sources: readonly string[];
}

const BRIEF_FIELDS = ['section', 'group', 'id', 'date', 'text', 'value', 'sources'] as const;

function csv(brief: Brief, lang: Language) {
  const rows: BriefRow[] = [
    ...brief.events.map((e) => ({
      section: 'events',
      group: '',
      id: e.id,
      date: e.date,
      text: e.title[lang],
      value: '',
      sources: sourceIds(e),
    })),
    ...initiativeLines(brief).map(({ domain, record: r }) => ({
      section: 'initiatives',
      group: domain,
      id: r.id,
      date: r.start ?? '',
      text: initiativeName(r, lang),
      value: r.status,
      sources: sourceIds(r),
    })),
    ...brief.figures.map((f) => ({
      section: 'figures',
      group: f.subject,
      id: f.id,
      date: f.date,
      text: f.label[lang],
      value: formatQuantity(f.quantity, { lang }),
      sources: sourceIds(f),
    })),
    ...brief.trade.map((t) => {
      const year = String(t.year);
      return {
        section: 'trade',
        group: '',
        id: year,
        date: year,
        text: labels(lang).total,
        value: String(t.totalUsd),
        sources: sourceIds(t.year),
      };
    }),
  ];
  return csvTable(
    rows,
    BRIEF_FIELDS.map((name) => ({ name, value: (row: BriefRow) => row[name] })),
  );
}

/** `usmx brief`: the relationship on one screen. */
export const brief: Command = {
  name: 'brief',
  summary: 'one screen: latest events, active initiatives, key figures, trade',
  details:
    `The ${LATEST_EVENTS} latest events, the active initiatives by domain, the latest figure of each kind and ` +
    `${TRADE_YEARS} years of goods trade as a bar chart; every line ends with the publishers of its sources ` +
    "('usmx cite <key>' lists them), figures with their date. json prints { asOf, dataVersion, events, initiatives (by domain), figures, " +
    'trade } with the records as the package returns them; ndjson one { section, record } per line; csv one row ' +
    'per line of the brief.',
  options: {},
  examples: ['usmx brief', 'usmx brief --lang es', 'usmx brief --format json'],
  run({ lang }): Report {
    const content = collect();
    return {
      data: content,
      lines: [
        ...content.events.map((record) => ({ section: 'events', record })),
        ...initiativeLines(content).map(({ domain, record }) => ({ section: 'initiatives', domain, record })),
        ...content.figures.map((record) => ({ section: 'figures', record })),
        ...content.trade.map((record) => ({ section: 'trade', record })),
      ],
      csv: () => csv(content, lang),
      table: (style) => table(content, lang, style),
    };
  },
};
