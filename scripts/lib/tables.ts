/**
 * The shipped CSV tables (dist/csv/<stem>.csv) and the JSON Schema of one row of each
 * (dist/json-schema/csv/<stem>.json), all derived from `DATASETS`: a table for every dataset with `csv` columns,
 * and the citations table, one row per citation of every record of every dataset, so that spreadsheets and
 * notebooks can join records to sources.csv. Never shipped.
 */
import type { CsvCell } from '../../src/core/csv.js';
import { CitationSchema } from '../../src/schemas/index.js';
import { DATASET_NAMES, type Dataset, datasetInfo } from './dataset.js';
import { jsonSchemaOf } from './load-dataset.js';

/** A column of a shipped table. */
export interface TableColumn {
  readonly name: string;
  /** What the column holds; taken from the record schema where the column is a field of it. */
  readonly description?: string;
  /** Allowed values, where the record schema restricts the field to a list. */
  readonly values?: readonly string[];
}

/** A shipped table: its stem (dist/csv/<stem>.csv), what one row is, its columns and its rows. */
export interface Table {
  readonly stem: string;
  readonly row: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly CsvCell[])[];
}

type JsonSchema = Record<string, unknown>;

function propertiesOf(schema: JsonSchema): Record<string, JsonSchema> {
  return (schema.properties ?? {}) as Record<string, JsonSchema>;
}

/** A column named after a field of the record schema takes that field's description and allowed values. */
function columnFrom(name: string, properties: Record<string, JsonSchema>): TableColumn {
  const property = properties[name];
  const description = typeof property?.description === 'string' ? property.description : undefined;
  const values = Array.isArray(property?.enum) ? (property.enum as string[]) : undefined;
  return { name, ...(description === undefined ? {} : { description }), ...(values === undefined ? {} : { values }) };
}

/** The columns of the citations table that are not fields of a citation. */
const CITATION_RECORD_COLUMNS: readonly TableColumn[] = [
  { name: 'record_kind', description: 'The dataset of the citing record: the stem of dist/data/<stem>.json.' },
  { name: 'record_id', description: "The citing record's key: its id, trade year or trade month." },
  {
    name: 'path',
    description:
      "Where the citation is in the record, as a JSON path: 'sources[0]' for the record's own first citation, 'terms[1].sources[0]' for one of a part of it.",
  },
];

/** Every citation in a record, with its JSON path: the record's own `sources` and those of its parts. */
function citationsIn(value: unknown, path: string): { path: string; citation: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => citationsIn(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = path === '' ? key : `${path}.${key}`;
    if (key === 'sources' && Array.isArray(child)) {
      return child.map((citation, i) => ({ path: `${at}[${i}]`, citation: citation as Record<string, unknown> }));
    }
    return citationsIn(child, at);
  });
}

/**
 * The citations table: one row per citation of every record, in dataset and record order.
 *
 * @param data - the validated dataset
 * @returns the table, stem `citations`
 * @throws never
 */
export function citationsTable(data: Dataset): Table {
  const citationFields = ['source', 'quote', 'note'] as const;
  const properties = propertiesOf(jsonSchemaOf(CitationSchema));
  const rows: CsvCell[][] = [];
  for (const name of DATASET_NAMES) {
    const { stem, key } = datasetInfo(name);
    for (const record of data[name] as readonly unknown[]) {
      for (const { path, citation } of citationsIn(record, '')) {
        rows.push([stem, key(record), path, ...citationFields.map((field) => citation[field] as CsvCell)]);
      }
    }
  }
  return {
    stem: 'citations',
    row: 'one citation of a record: which source supports it, and the words quoted from it',
    columns: [...CITATION_RECORD_COLUMNS, ...citationFields.map((field) => columnFrom(field, properties))],
    rows,
  };
}

/**
 * Every shipped table: each dataset with `csv` columns, then the citations table.
 *
 * @param data - the validated dataset
 * @returns the tables in the order they are written
 * @throws never
 */
export function tables(data: Dataset): Table[] {
  const list: Table[] = [];
  for (const name of DATASET_NAMES) {
    const { stem, schema, csv, noun } = datasetInfo(name);
    if (csv === undefined) continue;
    const properties = propertiesOf(jsonSchemaOf(schema));
    const columns = Object.entries(csv);
    list.push({
      stem,
      row: `one ${noun}`,
      columns: columns.map(([column]) => columnFrom(column, properties)),
      rows: (data[name] as readonly unknown[]).map((record) => columns.map(([, value]) => value(record))),
    });
  }
  list.push(citationsTable(data));
  return list;
}

/** The JSON Schema of one cell, as text, from the values the column holds. */
function cellSchema(column: TableColumn, cells: readonly CsvCell[]): JsonSchema {
  const present = cells.filter((cell) => cell !== undefined);
  const text: JsonSchema =
    present.length > 0 && present.every((cell) => typeof cell === 'boolean')
      ? { enum: ['true', 'false'] }
      : present.length > 0 && present.every((cell) => Number.isInteger(cell))
        ? { type: 'string', pattern: '^-?[0-9]+$' }
        : present.length > 0 && present.every((cell) => typeof cell === 'number')
          ? { type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' }
          : column.values !== undefined && present.every((cell) => typeof cell === 'string')
            ? { enum: [...column.values] }
            : { type: 'string', minLength: 1 };
  const list = present.some((cell) => Array.isArray(cell));
  const description = [column.description, list ? 'Several values are separated by `;`.' : undefined]
    .filter((part) => part !== undefined)
    .join(' ');
  const optional = present.length < cells.length || list;
  return {
    ...(description === '' ? {} : { description }),
    ...(optional ? { anyOf: [{ const: '' }, text] } : text),
  };
}

/**
 * JSON Schema (draft 2020-12) of one row of a table as a CSV reader gives it with the header as keys: every field
 * is text, empty for a missing value; numbers and `true`/`false` are spelled as in JSON.
 *
 * @param table - a table from `tables`
 * @returns the schema, with a description for every column the record schema describes
 * @throws never
 */
export function tableJsonSchema(table: Table): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `${table.stem}.csv row`,
    description: `One row of us-mexico-relations/csv/${table.stem}.csv (${table.row}), read with the header line as keys; every field is text.`,
    type: 'object',
    properties: Object.fromEntries(
      table.columns.map((column, i) => [
        column.name,
        cellSchema(
          column,
          table.rows.map((row) => row[i]),
        ),
      ]),
    ),
    required: table.columns.map((column) => column.name),
    additionalProperties: false,
  };
}
