/**
 * The one table of datasets, and the loading and schema validation of the authored files in data/. Every list of
 * datasets in scripts/ (loading, integrity loops, generated modules, shipped files, bundle budgets) is derived from
 * `DATASETS`; src/ gets what it needs through the generated modules. Never shipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod/v4';
import type { CsvCell } from '../../src/core/csv.js';
import {
  ActorSchema,
  CommentSchema,
  EncounterSchema,
  EventSchema,
  FdiYearSchema,
  FigureSchema,
  InitiativeSchema,
  PlaceSchema,
  RemittanceSchema,
  RoleSchema,
  SourceSchema,
  TradeMonthSchema,
  TradeVintageSchema,
  TradeYearSchema,
} from '../../src/schemas/index.js';
import { derivedFlows } from '../../src/trade/flows.js';
import { parseTradeVintagesCsv } from './census/vintages-csv.js';
import type { entries } from './entries.js';

/** A public subpath of the package (a tsup entry other than the root). */
export type Subpath = Exclude<keyof typeof entries, 'index'>;

/** How a dataset is authored: a JSON array, a Census trade table keyed by year or by month, or its history. */
export type DatasetFormat = 'json' | 'trade-csv-by-year' | 'trade-csv-by-month' | 'trade-vintages-csv';

/** One row of the table: everything the scripts need to know about a dataset. */
export interface DatasetInfo<Schema extends z.ZodType = z.ZodType> {
  /** The zod schema of one record; its type is the record type. */
  readonly schema: Schema;
  /** The authored file, relative to the repository root. */
  readonly file: string;
  readonly format: DatasetFormat;
  /** Stem of the generated module (src/generated) and of the shipped files (dist/data, dist/json-schema, dist/csv). */
  readonly stem: string;
  /** The record type in src/schemas, and the file that defines it. */
  readonly type: string;
  readonly schemaFile: string;
  /** The generated union of ids, for datasets whose records have one. */
  readonly idType?: string;
  /** What one record is, for doc comments. */
  readonly noun: string;
  /** The key that names one record in the dataset: unique, checked at build time. */
  readonly key: (record: z.infer<Schema>) => string;
  /** The file's canonical order (checked at build time, so that diffs stay small). */
  readonly sortKey: (record: z.infer<Schema>) => string | number;
  /** Whether `cite` and `sourcesFor` accept the id of a record: such ids are unique across all citable datasets. */
  readonly citable: boolean;
  /** The subpaths whose bundles carry this dataset (the bundle budgets measure each against its data). */
  readonly entries: readonly Subpath[];
  /** The columns of dist/csv/<stem>.csv, in order, for datasets shipped as a table too. */
  readonly csv?: Readonly<Record<string, (record: z.infer<Schema>) => CsvCell>>;
}

/** Keeps each row's record type tied to its schema. */
function dataset<Schema extends z.ZodType>(row: DatasetInfo<Schema>): DatasetInfo<Schema> {
  return row;
}

const id = (record: { id: string }) => record.id;
const sourceIds = (record: { sources: readonly { source: string }[] }) => [
  ...new Set(record.sources.map((c) => c.source)),
];
const flowColumns = {
  exportsUsd: (r: { exportsUsd: number }) => r.exportsUsd,
  importsUsd: (r: { importsUsd: number }) => r.importsUsd,
  totalUsd: (r: { exportsUsd: number; importsUsd: number }) => derivedFlows(r).totalUsd,
  balanceUsd: (r: { exportsUsd: number; importsUsd: number }) => derivedFlows(r).balanceUsd,
  vintage: (r: { vintage: string }) => r.vintage,
  revisable: (r: { revisable: boolean }) => r.revisable,
};

/** Every dataset, in the order the generator emits them. */
export const DATASETS = {
  sources: dataset({
    schema: SourceSchema,
    file: 'data/sources.json',
    format: 'json',
    stem: 'sources',
    type: 'Source',
    schemaFile: 'source',
    idType: 'SourceId',
    noun: 'source',
    key: id,
    sortKey: id,
    citable: false,
    entries: ['sources'],
    csv: {
      id,
      title: (r) => r.title,
      untitled: (r) => r.untitled,
      author: (r) => r.author,
      publisher: (r) => r.publisher,
      url: (r) => r.url,
      copyUrl: (r) => r.copyUrl,
      copyPublisher: (r) => r.copyPublisher,
      repost: (r) => r.repost,
      kind: (r) => r.kind,
      published: (r) => r.published,
      language: (r) => r.language,
      note: (r) => r.note,
    },
  }),
  initiatives: dataset({
    schema: InitiativeSchema,
    file: 'data/initiatives.json',
    format: 'json',
    stem: 'initiatives',
    type: 'Initiative',
    schemaFile: 'initiative',
    idType: 'InitiativeId',
    noun: 'initiative',
    key: id,
    sortKey: id,
    citable: true,
    entries: ['timeline', 'initiatives', 'sources', 'search'],
  }),
  events: dataset({
    schema: EventSchema,
    file: 'data/events.json',
    format: 'json',
    stem: 'events',
    type: 'Event',
    schemaFile: 'event',
    idType: 'EventId',
    noun: 'event',
    key: id,
    sortKey: (r) => `${r.date}\u0000${r.id}`,
    citable: true,
    entries: ['timeline', 'initiatives', 'sources', 'search'],
    csv: {
      id,
      date: (r) => r.date,
      kind: (r) => r.kind,
      title_en: (r) => r.title.en,
      title_es: (r) => r.title.es,
      domains: (r) => r.domains,
      initiatives: (r) => r.initiatives,
      actors: (r) => r.actors,
      places: (r) => r.places,
      figures: (r) => r.figures,
      sources: sourceIds,
    },
  }),
  actors: dataset({
    schema: ActorSchema,
    file: 'data/actors.json',
    format: 'json',
    stem: 'actors',
    type: 'Actor',
    schemaFile: 'actor',
    idType: 'ActorId',
    noun: 'actor',
    key: id,
    sortKey: id,
    citable: true,
    entries: ['timeline', 'actors', 'sources', 'search'],
  }),
  roles: dataset({
    schema: RoleSchema,
    file: 'data/roles.json',
    format: 'json',
    stem: 'roles',
    type: 'Role',
    schemaFile: 'role',
    idType: 'RoleId',
    noun: 'role',
    key: id,
    sortKey: id,
    citable: true,
    entries: ['actors', 'sources'],
  }),
  places: dataset({
    schema: PlaceSchema,
    file: 'data/places.json',
    format: 'json',
    stem: 'places',
    type: 'Place',
    schemaFile: 'place',
    idType: 'PlaceId',
    noun: 'place',
    key: id,
    sortKey: id,
    citable: true,
    entries: ['timeline', 'places', 'sources', 'search'],
    csv: {
      id,
      country: (r) => r.country,
      iso31662: (r) => r.iso31662,
      inegi: (r) => r.inegi,
      name_en: (r) => r.name.en,
      name_es: (r) => r.name.es,
      official_name: (r) => r.officialName,
      abbreviation: (r) => r.abbreviation,
      aliases: (r) => r.aliases,
      capital_en: (r) => r.capital?.en,
      capital_es: (r) => r.capital?.es,
      onUsMexicoBorder: (r) => r.onUsMexicoBorder,
      sources: sourceIds,
    },
  }),
  figures: dataset({
    schema: FigureSchema,
    file: 'data/figures.json',
    format: 'json',
    stem: 'figures',
    type: 'Figure',
    schemaFile: 'figure',
    idType: 'FigureId',
    noun: 'figure',
    key: id,
    sortKey: id,
    citable: true,
    entries: ['trade', 'figures', 'sources', 'search'],
    csv: {
      id,
      subject: (r) => r.subject,
      date: (r) => r.date,
      label_en: (r) => r.label.en,
      label_es: (r) => r.label.es,
      value: (r) => r.quantity.value,
      unit: (r) => r.quantity.unit,
      qualifier: (r) => r.quantity.qualifier,
      trade_year: (r) => r.trade?.year,
      trade_measure: (r) => r.trade?.measure,
      trade_release: (r) => r.trade?.release,
      sources: sourceIds,
    },
  }),
  comments: dataset({
    schema: CommentSchema,
    file: 'data/comments.json',
    format: 'json',
    stem: 'comments',
    type: 'Comment',
    schemaFile: 'comment',
    idType: 'CommentId',
    noun: 'comment',
    key: id,
    sortKey: (r) => r.position,
    citable: true,
    entries: ['comments', 'sources'],
  }),
  tradeYears: dataset({
    schema: TradeYearSchema,
    file: 'data/trade/annual.csv',
    format: 'trade-csv-by-year',
    stem: 'trade-years',
    type: 'TradeYear',
    schemaFile: 'trade',
    noun: 'year of goods trade',
    key: (r) => String(r.year),
    sortKey: (r) => r.year,
    citable: false,
    entries: ['trade', 'sources'],
    csv: { year: (r) => r.year, ...flowColumns },
  }),
  tradeMonths: dataset({
    schema: TradeMonthSchema,
    file: 'data/trade/monthly.csv',
    format: 'trade-csv-by-month',
    stem: 'trade-months',
    type: 'TradeMonth',
    schemaFile: 'trade',
    noun: 'month of goods trade',
    key: (r) => r.month,
    sortKey: (r) => r.month,
    citable: false,
    entries: ['trade'],
    csv: { month: (r) => r.month, ...flowColumns },
  }),
  tradeVintages: dataset({
    schema: TradeVintageSchema,
    file: 'data/trade/vintages.csv',
    format: 'trade-vintages-csv',
    stem: 'trade-vintages',
    type: 'TradeVintage',
    schemaFile: 'trade',
    noun: 'earlier value of a trade period',
    key: (r) => `${r.period} ${r.vintage}`,
    // A period's first release comes before the later values it gave way to.
    sortKey: (r) => `${r.period}\u0000${r.release === 'first-release' ? 0 : 1}\u0000${r.vintage}`,
    citable: false,
    entries: ['trade'],
    csv: {
      period: (r) => r.period,
      exportsUsd: (r) => r.exportsUsd,
      importsUsd: (r) => r.importsUsd,
      totalUsd: (r) => r.totalUsd,
      vintage: (r) => r.vintage,
      release: (r) => r.release,
    },
  }),
  encounters: dataset({
    schema: EncounterSchema,
    file: 'data/encounters.json',
    format: 'json',
    stem: 'encounters',
    type: 'Encounter',
    schemaFile: 'encounter',
    noun: 'period of CBP encounters',
    key: (r) => `${r.scope}/${r.component}/${r.period}`,
    sortKey: (r) => `${r.scope}/${r.component}/${r.period}`,
    citable: false,
    entries: ['encounters'],
    csv: {
      scope: (r) => r.scope,
      component: (r) => r.component,
      period: (r) => r.period,
      value: (r) => r.value,
      qualifier: (r) => r.qualifier,
      preliminary: (r) => r.preliminary ?? false,
      vintage: (r) => r.vintage,
      revisions: (r) => r.revisions?.length ?? 0,
      sources: sourceIds,
    },
  }),
  remittances: dataset({
    schema: RemittanceSchema,
    file: 'data/remittances.json',
    format: 'json',
    stem: 'remittances',
    type: 'Remittance',
    schemaFile: 'remittance',
    noun: 'year or month of remittances',
    key: (r) => r.period,
    sortKey: (r) => r.period,
    citable: false,
    entries: ['remittances'],
    csv: {
      period: (r) => r.period,
      value_usd_millions: (r) => r.valueUsdMillions,
      qualifier: (r) => r.qualifier,
      us_share: (r) => r.usShare?.value,
      us_share_qualifier: (r) => r.usShare?.qualifier,
      vintage: (r) => r.vintage,
      revisions: (r) => r.revisions?.length ?? 0,
      sources: sourceIds,
    },
  }),
  fdi: dataset({
    schema: FdiYearSchema,
    file: 'data/fdi.json',
    format: 'json',
    stem: 'fdi',
    type: 'FdiYear',
    schemaFile: 'fdi',
    noun: 'year of foreign direct investment',
    key: (r) => String(r.year),
    sortKey: (r) => r.year,
    citable: false,
    entries: ['fdi'],
    csv: {
      year: (r) => r.year,
      total_usd_millions: (r) => r.totalUsdMillions,
      from_us_usd_millions: (r) => r.fromUsUsdMillions,
      us_share: (r) => r.usShare?.value,
      qualifier: (r) => r.qualifier,
      preliminary: (r) => r.preliminary,
      vintage: (r) => r.vintage,
      revisions: (r) => r.revisions?.length ?? 0,
      sources: sourceIds,
    },
  }),
};

export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** Validated records of every dataset. */
export type Dataset = { [Name in DatasetName]: z.infer<(typeof DATASETS)[Name]['schema']>[] };
/** Records as read from disk, not yet validated. */
export type RawDataset = Record<DatasetName, unknown[]>;

/**
 * The row of a dataset, typed loosely enough to loop over every dataset: each row's functions take that dataset's
 * records, which `Dataset` guarantees.
 */
export function datasetInfo(name: DatasetName): DatasetInfo<z.ZodType<unknown>> {
  return DATASETS[name] as unknown as DatasetInfo<z.ZodType<unknown>>;
}

/** One thing wrong with the data, located by file, record and field path. */
export interface Problem {
  readonly file: string;
  readonly record: string;
  readonly path: string;
  readonly message: string;
}

/** Formats a problem as one line: `data/events.json [usmca-eif] date: is not a real calendar date`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file} [${problem.record}] ${problem.path || '(record)'}: ${problem.message}`;
}

const MILLION = 1_000_000;

/** Reads a trade table (`period,exports_musd,imports_musd,vintage,revisable`) into trade records. */
export function parseTradeCsv(text: string, periodField: 'year' | 'month'): unknown[] {
  const [header, ...lines] = text.trim().split('\n');
  const expected = `${periodField},exports_musd,imports_musd,vintage,revisable`;
  if (header !== expected) throw new Error(`trade table header must be '${expected}', found '${header ?? ''}'`);
  return lines.map((line) => {
    const fields = line.split(',');
    // The tables are machine-written without quoting; a field count other than five means the line is not one.
    if (fields.length !== 5) throw new Error(`trade table line must have 5 fields, found ${fields.length}: '${line}'`);
    const [period = '', exports = '', imports = '', vintage = '', revisable = ''] = fields;
    // Census publishes millions with one decimal; the records hold whole dollars.
    const toUsd = (millions: string) => (millions.trim() === '' ? Number.NaN : Math.round(Number(millions) * MILLION));
    return {
      [periodField]: periodField === 'year' ? Number(period) : period,
      exportsUsd: toUsd(exports),
      importsUsd: toUsd(imports),
      vintage,
      revisable: revisable === 'true' ? true : revisable === 'false' ? false : revisable,
      sources: [{ source: vintage }],
    };
  });
}

/** Parses the text of an authored file in its format. */
export function parseAuthored(text: string, format: DatasetFormat, file: string): unknown[] {
  if (format === 'trade-csv-by-year') return parseTradeCsv(text, 'year');
  if (format === 'trade-csv-by-month') return parseTradeCsv(text, 'month');
  if (format === 'trade-vintages-csv') return parseTradeVintagesCsv(text);
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) throw new Error(`${file} must hold a JSON array`);
  return value;
}

/** Reads every authored file below `root`. */
export function loadRawDataset(root: string): RawDataset {
  const raw = {} as RawDataset;
  for (const name of DATASET_NAMES) {
    const { file, format } = DATASETS[name];
    raw[name] = parseAuthored(readFileSync(join(root, file), 'utf8'), format, file);
  }
  return raw;
}

/** A readable label for a record: its id, year or month, else its position. */
export function recordLabel(record: unknown, index: number): string {
  if (typeof record === 'object' && record !== null) {
    for (const key of ['id', 'month', 'year', 'period'] as const) {
      const value = (record as Record<string, unknown>)[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  }
  return `#${index}`;
}

/** Validates every record with its schema. Returns the typed dataset, or the problems found. */
export function parseDataset(raw: RawDataset): { dataset: Dataset; problems: readonly Problem[] } {
  const problems: Problem[] = [];
  const dataset = {} as Record<DatasetName, unknown[]>;
  for (const name of DATASET_NAMES) {
    const { schema, file } = datasetInfo(name);
    dataset[name] = raw[name].map((record, index) => {
      const result = schema.safeParse(record);
      if (result.success) return result.data;
      for (const issue of result.error.issues) {
        problems.push({ file, record: recordLabel(record, index), path: issue.path.join('.'), message: issue.message });
      }
      return record;
    });
  }
  return { dataset: dataset as Dataset, problems };
}
