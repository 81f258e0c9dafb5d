/**
 * Loads the authored files in data/ and validates them with the zod schemas. Used by the generator, the checks
 * and the tests; never shipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  ActorSchema,
  CommentSchema,
  EventSchema,
  FigureSchema,
  InitiativeSchema,
  PlaceSchema,
  SourceSchema,
  TradeMonthSchema,
  TradeVintageSchema,
  TradeYearSchema,
} from '../../src/schemas/index.js';
import { parseTradeVintagesCsv } from './census/vintages-csv.js';

/** The schema of each dataset, in the order the generator emits them. */
export const DATASET_SCHEMAS = {
  sources: SourceSchema,
  initiatives: InitiativeSchema,
  events: EventSchema,
  actors: ActorSchema,
  places: PlaceSchema,
  figures: FigureSchema,
  comments: CommentSchema,
  tradeYears: TradeYearSchema,
  tradeMonths: TradeMonthSchema,
  tradeVintages: TradeVintageSchema,
} as const;

export type DatasetName = keyof typeof DATASET_SCHEMAS;
export const DATASET_NAMES = Object.keys(DATASET_SCHEMAS) as DatasetName[];

/** How each dataset is stored, named in code and shipped. */
export interface DatasetInfo {
  /** The authored file, relative to the repository root. */
  readonly file: string;
  /** Stem of the generated module (src/generated) and of the shipped files (dist/data, dist/json-schema). */
  readonly stem: string;
  /** The record type in src/schemas, and the file that defines it. */
  readonly type: string;
  readonly schemaFile: string;
  /** The generated union of ids, for datasets whose records have one. */
  readonly idType?: string;
  /** What one record is, for doc comments. */
  readonly noun: string;
}

export const DATASETS: Record<DatasetName, DatasetInfo> = {
  sources: {
    file: 'data/sources.json',
    stem: 'sources',
    type: 'Source',
    schemaFile: 'source',
    idType: 'SourceId',
    noun: 'source',
  },
  initiatives: {
    file: 'data/initiatives.json',
    stem: 'initiatives',
    type: 'Initiative',
    schemaFile: 'initiative',
    idType: 'InitiativeId',
    noun: 'initiative',
  },
  events: {
    file: 'data/events.json',
    stem: 'events',
    type: 'Event',
    schemaFile: 'event',
    idType: 'EventId',
    noun: 'event',
  },
  actors: {
    file: 'data/actors.json',
    stem: 'actors',
    type: 'Actor',
    schemaFile: 'actor',
    idType: 'ActorId',
    noun: 'actor',
  },
  places: {
    file: 'data/places.json',
    stem: 'places',
    type: 'Place',
    schemaFile: 'place',
    idType: 'PlaceId',
    noun: 'place',
  },
  figures: {
    file: 'data/figures.json',
    stem: 'figures',
    type: 'Figure',
    schemaFile: 'figure',
    idType: 'FigureId',
    noun: 'figure',
  },
  comments: {
    file: 'data/comments.json',
    stem: 'comments',
    type: 'Comment',
    schemaFile: 'comment',
    idType: 'CommentId',
    noun: 'comment',
  },
  tradeYears: {
    file: 'data/trade/annual.csv',
    stem: 'trade-years',
    type: 'TradeYear',
    schemaFile: 'trade',
    noun: 'year of goods trade',
  },
  tradeMonths: {
    file: 'data/trade/monthly.csv',
    stem: 'trade-months',
    type: 'TradeMonth',
    schemaFile: 'trade',
    noun: 'month of goods trade',
  },
  tradeVintages: {
    file: 'data/trade/vintages.csv',
    stem: 'trade-vintages',
    type: 'TradeVintage',
    schemaFile: 'trade',
    noun: 'earlier value of a trade period',
  },
};

/** Validated records of every dataset. */
export type Dataset = { [Name in DatasetName]: z.infer<(typeof DATASET_SCHEMAS)[Name]>[] };
/** Records as read from disk, not yet validated. */
export type RawDataset = Record<DatasetName, unknown[]>;

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
    const [period = '', exports = '', imports = '', vintage = '', revisable = ''] = line.split(',');
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

/** Reads every authored file below `root`. */
export function loadRawDataset(root: string): RawDataset {
  const read = (name: DatasetName) => readFileSync(join(root, DATASETS[name].file), 'utf8');
  const json = (name: DatasetName): unknown[] => {
    const value: unknown = JSON.parse(read(name));
    if (!Array.isArray(value)) throw new Error(`${DATASETS[name].file} must hold a JSON array`);
    return value;
  };
  return {
    sources: json('sources'),
    initiatives: json('initiatives'),
    events: json('events'),
    actors: json('actors'),
    places: json('places'),
    figures: json('figures'),
    comments: json('comments'),
    tradeYears: parseTradeCsv(read('tradeYears'), 'year'),
    tradeMonths: parseTradeCsv(read('tradeMonths'), 'month'),
    tradeVintages: parseTradeVintagesCsv(read('tradeVintages')),
  };
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
    const schema: z.ZodType = DATASET_SCHEMAS[name];
    dataset[name] = raw[name].map((record, index) => {
      const result = schema.safeParse(record);
      if (result.success) return result.data;
      for (const issue of result.error.issues) {
        problems.push({
          file: DATASETS[name].file,
          record: recordLabel(record, index),
          path: issue.path.join('.'),
          message: issue.message,
        });
      }
      return record;
    });
  }
  return { dataset: dataset as Dataset, problems };
}
