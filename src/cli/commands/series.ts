import {
  type EncounterComponent,
  type EncounterScope,
  encounterSeries,
  fdiSeries,
  getEncounters,
  getFdiYear,
  getRemittances,
  type Language,
  type Qualifier,
  remittanceSeries,
} from '../../index.js';
import { type Command, defined, wholeNumberOption } from '../command.js';
import { UsageError } from '../errors.js';
import { type Column, listReport, type Report, renderTable, type Style } from '../output.js';
import { formatNumber } from '../../core/number-format.js';

/** One row of a statistical series as the CLI prints it. */
interface SeriesRow {
  readonly period: string;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly preliminary: boolean;
  readonly vintage: string | undefined;
  readonly sources: readonly string[];
}

const HEDGE: Readonly<Record<Qualifier, string>> = {
  exact: '',
  approximately: '~',
  'at-least': '≥',
  'more-than': '>',
  'at-most': '≤',
};

const WORDS = {
  en: {
    period: 'Period',
    value: 'Value',
    vintage: 'Vintage',
    source: 'Sources',
    note: '~ approximately, > more than, p preliminary; earlier vintages: get* helpers.',
  },
  es: {
    period: 'Periodo',
    value: 'Valor',
    vintage: 'Versión',
    source: 'Fuentes',
    note: '~ aproximadamente, > más de, p preliminar; versiones previas: funciones get*.',
  },
} as const;

function number(value: number, lang: Language): string {
  return formatNumber(value, lang === 'en' ? 'en-US' : 'es-MX', 0, 2);
}

function seriesReport(rows: readonly SeriesRow[], title: string, lang: Language): Report {
  const words = WORDS[lang];
  const columns: Column<SeriesRow>[] = [
    { header: words.period, value: (row) => row.period },
    {
      header: words.value,
      align: 'right',
      value: (row) => `${HEDGE[row.qualifier]}${number(row.value, lang)}${row.preliminary ? ' p' : ''}`,
    },
    { header: words.vintage, value: (row) => row.vintage ?? '' },
    { header: words.source, flex: true, value: (row) => row.sources.join(', ') },
  ];
  return listReport<SeriesRow>(
    rows,
    (['period', 'value', 'qualifier', 'preliminary', 'vintage', 'sources'] as const).map((name) => ({
      name,
      value: (row) => row[name],
    })),
    (style: Style) => [style.heading(title), '', ...renderTable(rows, columns, { style }), '', words.note],
  );
}

const ids = (record: { readonly sources: readonly { readonly source: string }[] } | undefined) => [
  ...new Set(record?.sources.map((c) => c.source) ?? []),
];

function choice<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(', ')}; got '${value}'.`);
  }
  return value as T;
}

/** `usmx encounters`: CBP encounters by fiscal year (or month), southwest border unless `--nationwide`. */
export const encounters: Command = {
  name: 'encounters',
  summary: 'CBP encounters (southwest border or nationwide) by fiscal year',
  details:
    'U.S. Customs and Border Protection encounters as published. A fiscal year FY2024 runs from October 2023 to ' +
    'September 2024. --component total (default), usbp (Border Patrol apprehensions) or ofo (Office of Field ' +
    'Operations inadmissibles). Periods no readable source gave are absent, never filled in.',
  options: {
    nationwide: { type: 'boolean', description: 'all U.S. borders and ports instead of the southwest border' },
    component: { type: 'string', placeholder: 'total|usbp|ofo', description: 'which CBP component (default total)' },
    monthly: { type: 'boolean', description: 'months instead of fiscal years' },
    from: { type: 'string', placeholder: 'PERIOD', description: 'first period: FY2019, or YYYY-MM with --monthly' },
    to: { type: 'string', placeholder: 'PERIOD', description: 'last period' },
  },
  examples: [
    'usmx encounters',
    'usmx encounters --nationwide --component usbp --format csv',
    'usmx encounters --monthly --from 2019-01 --to 2019-12',
  ],
  run(invocation) {
    const scope: EncounterScope = invocation.flag('nationwide') ? 'nationwide' : 'southwest-border';
    const component = choice<EncounterComponent>(invocation.string('component'), ['total', 'usbp', 'ofo'], 'component');
    const frequency = invocation.flag('monthly') ? 'month' : 'fiscal-year';
    const from = invocation.string('from');
    const to = invocation.string('to');
    const rows = encounterSeries({ scope, frequency, ...defined({ component, from, to }) }).map((row) => {
      const record = getEncounters(row.period, { scope, ...defined({ component }) });
      return { ...row, preliminary: record?.preliminary ?? false, vintage: record?.vintage, sources: ids(record) };
    });
    const title =
      invocation.lang === 'es'
        ? `Encuentros de CBP (${scope === 'nationwide' ? 'nacional' : 'frontera suroeste'}, ${component ?? 'total'})`
        : `CBP encounters (${scope === 'nationwide' ? 'nationwide' : 'southwest border'}, ${component ?? 'total'})`;
    return seriesReport(rows, title, invocation.lang);
  },
};

/** `usmx remittances`: remittances to Mexico by year (or month), US$ millions. */
export const remittances: Command = {
  name: 'remittances',
  summary: 'Remittances to Mexico (Banco de México), US$ millions',
  details:
    'Ingresos por remesas as published by Banco de México, in millions of U.S. dollars, latest vintage read; ' +
    'earlier vintages are in the records of getRemittances.',
  options: {
    monthly: { type: 'boolean', description: 'months instead of years' },
    from: { type: 'string', placeholder: 'PERIOD', description: 'first year (YYYY-MM with --monthly)' },
    to: { type: 'string', placeholder: 'PERIOD', description: 'last year (YYYY-MM with --monthly)' },
  },
  examples: ['usmx remittances', 'usmx remittances --monthly --from 2025-01 --format csv'],
  run(invocation) {
    const from = invocation.string('from');
    const to = invocation.string('to');
    const rows = remittanceSeries({
      frequency: invocation.flag('monthly') ? 'month' : 'year',
      ...defined({ from, to }),
    }).map((row) => {
      const record = getRemittances(row.period);
      return {
        period: row.period,
        value: row.valueUsdMillions,
        qualifier: row.qualifier,
        preliminary: false,
        vintage: record?.vintage,
        sources: ids(record),
      };
    });
    const title =
      invocation.lang === 'es'
        ? 'Remesas a México, millones de dólares (Banco de México)'
        : 'Remittances to Mexico, US$ millions (Banco de México)';
    return seriesReport(rows, title, invocation.lang);
  },
};

/** `usmx fdi`: foreign direct investment in Mexico by year, US$ millions, with the part from the United States. */
export const fdi: Command = {
  name: 'fdi',
  summary: 'Foreign direct investment in Mexico (Secretaría de Economía)',
  details:
    'Total FDI in Mexico, US$ millions as published by the Secretaría de Economía (p: preliminary first release). ' +
    'With --from-us, the amount from the United States where a release copy prints it.',
  options: {
    'from-us': { type: 'boolean', description: 'the amount from the United States instead of the total' },
    from: { type: 'string', placeholder: 'YEAR', description: 'first year' },
    to: { type: 'string', placeholder: 'YEAR', description: 'last year' },
  },
  examples: ['usmx fdi', 'usmx fdi --from-us --from 2022 --format json'],
  run(invocation) {
    const year = (option: string) => wholeNumberOption(invocation.string(option), option, 'a year such as 2024');
    const from = year('from');
    const to = year('to');
    const fromUs = invocation.flag('from-us');
    const rows = fdiSeries(defined({ from, to })).flatMap((row) => {
      const record = getFdiYear(row.year);
      const value = fromUs ? row.fromUsUsdMillions : row.totalUsdMillions;
      return value === undefined
        ? []
        : [
            {
              period: String(row.year),
              value,
              qualifier: (fromUs ? record?.fromUsQualifier : record?.qualifier) ?? 'exact',
              preliminary: row.preliminary,
              vintage: record?.vintage,
              sources: ids(record),
            },
          ];
    });
    const title = {
      en: fromUs
        ? 'FDI in Mexico from the United States, US$ millions'
        : 'Foreign direct investment in Mexico, US$ millions',
      es: fromUs
        ? 'IED en México desde Estados Unidos, millones de dólares'
        : 'Inversión extranjera directa en México, millones de dólares',
    }[invocation.lang];
    return seriesReport(rows, title, invocation.lang);
  },
};
