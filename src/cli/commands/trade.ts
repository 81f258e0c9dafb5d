import {
  getSource,
  type Language,
  type TradeMonthRow,
  tradeMonthSeries,
  tradeSeries,
  type TradeSeriesRow,
} from '../../index.js';
import { type Command, defined, wholeNumberOption } from '../command.js';
import { billions, dateText, publishers } from '../format.js';
import { labels } from '../i18n.js';
import { type Column, listReport, type Report, renderTable, type Style } from '../output.js';

/** The csv columns after the period: the same as dist/csv/trade-years.csv and trade-months.csv. */
const FLOW_FIELDS = ['exportsUsd', 'importsUsd', 'totalUsd', 'balanceUsd', 'vintage', 'revisable'] as const;

/** A row of the trade table: a year or a month, with its flows. */
interface FlowRow {
  readonly period: string;
  readonly exportsUsd: number;
  readonly importsUsd: number;
  readonly sources: readonly string[];
}

function flowTable(rows: readonly FlowRow[], periodHeader: string, lang: Language, style: Style): string[] {
  const words = labels(lang);
  const money = (header: string, usd: (row: FlowRow) => number): Column<FlowRow> => ({
    header,
    align: 'right',
    value: (row) => billions(usd(row), lang),
  });
  const columns: Column<FlowRow>[] = [
    { header: periodHeader, value: (row) => row.period },
    money(words.exports, (row) => row.exportsUsd),
    money(words.imports, (row) => row.importsUsd),
    money(words.total, (row) => row.exportsUsd + row.importsUsd),
    money(words.balance, (row) => row.exportsUsd - row.importsUsd),
    { header: words.source, flex: true, value: (row) => row.sources.join(', ') },
  ];
  return [style.heading(words.tradeTable), '', ...renderTable(rows, columns, { style })];
}

function annual(from: number | undefined, to: number | undefined, lang: Language): Report {
  const rows = tradeSeries(defined({ from, to }));
  return listReport<TradeSeriesRow>(
    rows,
    (['year', ...FLOW_FIELDS] as const).map((name) => ({
      name,
      value: (row) => row[name],
    })),
    (style) =>
      flowTable(
        rows.map((row) => ({ ...row, period: String(row.year), sources: publishers(row.year) })),
        labels(lang).year,
        lang,
        style,
      ),
  );
}

function monthly(from: string | undefined, to: string | undefined, lang: Language): Report {
  const rows = tradeMonthSeries(defined({ from, to }));
  return listReport<TradeMonthRow>(
    rows,
    (['month', ...FLOW_FIELDS] as const).map((name) => ({ name, value: (row) => row[name] })),
    (style) =>
      flowTable(
        rows.map((row) => ({
          ...row,
          period: dateText(row.month, lang),
          sources: [getSource(row.vintage)?.publisher ?? row.vintage],
        })),
        labels(lang).month,
        lang,
        style,
      ),
  );
}

/** `usmx trade`: the annual goods-trade series, or the monthly one with `--monthly`. */
export const trade: Command = {
  name: 'trade',
  summary: 'U.S. goods trade with Mexico by year (or by month)',
  details:
    'Exports, imports, total and balance, Census basis. The table shows US$ billions; json and csv give whole ' +
    'dollars: the rows of tradeSeries (years) or tradeMonthSeries (months), with the columns of the shipped ' +
    'csv/trade-years.csv and csv/trade-months.csv (period, exportsUsd, importsUsd, totalUsd, balanceUsd, vintage, ' +
    'revisable).',
  options: {
    from: { type: 'string', placeholder: 'YEAR', description: 'first year (with --monthly: a date, YYYY[-MM[-DD]])' },
    to: { type: 'string', placeholder: 'YEAR', description: 'last year (with --monthly: a date)' },
    monthly: { type: 'boolean', description: 'months instead of years' },
  },
  examples: [
    'usmx trade --from 2015',
    'usmx trade --from 2023 --to 2023 --format json',
    'usmx trade --monthly --from 2025-01 --to 2025-06 --format csv',
  ],
  run(invocation) {
    const { lang } = invocation;
    if (invocation.flag('monthly')) return monthly(invocation.string('from'), invocation.string('to'), lang);
    const year = (option: string) => wholeNumberOption(invocation.string(option), option, 'a year such as 2023');
    return annual(year('from'), year('to'), lang);
  },
};
