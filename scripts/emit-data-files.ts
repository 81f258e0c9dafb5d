/**
 * After tsup: writes, for every dataset, the raw validated data (dist/data/<stem>.json) and the JSON Schema of its
 * records (dist/json-schema/<stem>.json, generated from the zod schema), and for datasets with CSV columns in
 * `DATASETS`, a table (dist/csv/<stem>.csv).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvText } from '../src/core/csv.js';
import { DATASET_NAMES, datasetInfo } from './lib/dataset.js';
import { jsonSchemaOf, loadDataset } from './lib/load-dataset.js';
import { distDir } from './lib/paths.js';

const data = loadDataset();
for (const folder of ['data', 'json-schema', 'csv']) mkdirSync(join(distDir, folder), { recursive: true });
let tables = 0;
for (const name of DATASET_NAMES) {
  const { stem, type, schema, csv } = datasetInfo(name);
  const records: readonly unknown[] = data[name];
  writeFileSync(join(distDir, 'data', `${stem}.json`), `${JSON.stringify(records, null, 2)}\n`);
  writeFileSync(
    join(distDir, 'json-schema', `${stem}.json`),
    `${JSON.stringify({ title: type, ...jsonSchemaOf(schema) }, null, 2)}\n`,
  );
  if (csv === undefined) continue;
  const columns = Object.entries(csv);
  const rows = records.map((record) => columns.map(([, value]) => value(record)));
  writeFileSync(join(distDir, 'csv', `${stem}.csv`), csvText(Object.keys(csv), rows));
  tables += 1;
}
console.log(
  `wrote ${DATASET_NAMES.length} JSON files, ${DATASET_NAMES.length} JSON Schemas and ${tables} CSV files to dist/`,
);
