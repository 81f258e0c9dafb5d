/**
 * After tsup: writes, for every dataset, the raw validated data (dist/data/<stem>.json) and the JSON Schema of its
 * records (dist/json-schema/<stem>.json, generated from the zod schema); and every table of scripts/lib/tables.ts
 * (datasets with CSV columns in `DATASETS`, and the citations table) as dist/csv/<stem>.csv with the JSON Schema of
 * one row as dist/json-schema/csv/<stem>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvText } from '../src/core/csv.js';
import { DATASET_NAMES, datasetInfo } from './lib/dataset.js';
import { jsonSchemaOf, loadDataset } from './lib/load-dataset.js';
import { distDir } from './lib/paths.js';
import { tableJsonSchema, tables } from './lib/tables.js';

const data = loadDataset();
for (const folder of ['data', 'json-schema', 'json-schema/csv', 'csv'])
  mkdirSync(join(distDir, folder), { recursive: true });
for (const name of DATASET_NAMES) {
  const { stem, type, schema } = datasetInfo(name);
  const records: readonly unknown[] = data[name];
  writeFileSync(join(distDir, 'data', `${stem}.json`), `${JSON.stringify(records, null, 2)}\n`);
  writeFileSync(
    join(distDir, 'json-schema', `${stem}.json`),
    `${JSON.stringify({ title: type, ...jsonSchemaOf(schema) }, null, 2)}\n`,
  );
}
const shipped = tables(data);
for (const table of shipped) {
  const header = table.columns.map((column) => column.name);
  writeFileSync(join(distDir, 'csv', `${table.stem}.csv`), csvText(header, table.rows));
  writeFileSync(
    join(distDir, 'json-schema', 'csv', `${table.stem}.json`),
    `${JSON.stringify(tableJsonSchema(table), null, 2)}\n`,
  );
}
console.log(
  `wrote ${DATASET_NAMES.length} JSON files, ${DATASET_NAMES.length} JSON Schemas, ${shipped.length} CSV files and their row schemas to dist/`,
);
