/**
 * After tsup: writes the raw validated data (dist/data/*.json), JSON Schema for every record kind
 * (dist/json-schema/*.json, generated from the zod schemas) and CSV for the tabular datasets (dist/csv/*.csv).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaOf, loadDataset, root } from './generate.js';
import { DATASET_NAMES, DATASET_SCHEMAS, DATASETS } from './lib/dataset.js';

const dist = join(root, 'dist');

function csvCell(value: unknown): string {
  const text = Array.isArray(value) ? value.join(';') : value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(header: readonly string[], records: readonly Record<string, unknown>[]): string {
  return `${[header.join(','), ...records.map((r) => header.map((h) => csvCell(r[h])).join(','))].join('\n')}\n`;
}

const data = loadDataset();
for (const folder of ['data', 'json-schema', 'csv']) mkdirSync(join(dist, folder), { recursive: true });
for (const name of DATASET_NAMES) {
  const { stem, type } = DATASETS[name];
  writeFileSync(join(dist, 'data', `${stem}.json`), `${JSON.stringify(data[name], null, 2)}\n`);
  writeFileSync(
    join(dist, 'json-schema', `${stem}.json`),
    `${JSON.stringify({ title: type, ...jsonSchemaOf(DATASET_SCHEMAS[name]) }, null, 2)}\n`,
  );
}

const flows = (r: { exportsUsd: number; importsUsd: number; vintage: string; revisable: boolean }) => ({
  exportsUsd: r.exportsUsd,
  importsUsd: r.importsUsd,
  totalUsd: r.exportsUsd + r.importsUsd,
  balanceUsd: r.exportsUsd - r.importsUsd,
  vintage: r.vintage,
  revisable: r.revisable,
});
const flowColumns = ['exportsUsd', 'importsUsd', 'totalUsd', 'balanceUsd', 'vintage', 'revisable'];
const sourceIds = (r: { sources: readonly { source: string }[] }) => [...new Set(r.sources.map((c) => c.source))];
const tables: Record<string, string> = {
  'trade-years': csv(
    ['year', ...flowColumns],
    data.tradeYears.map((r) => ({ year: r.year, ...flows(r) })),
  ),
  'trade-months': csv(
    ['month', ...flowColumns],
    data.tradeMonths.map((r) => ({ month: r.month, ...flows(r) })),
  ),
  events: csv(
    ['id', 'date', 'kind', 'title_en', 'title_es', 'domains', 'initiatives', 'actors', 'places', 'figures', 'sources'],
    data.events.map((r) => ({ ...r, title_en: r.title.en, title_es: r.title.es, sources: sourceIds(r) })),
  ),
  places: csv(
    [
      'id',
      'country',
      'iso31662',
      'inegi',
      'name_en',
      'name_es',
      'capital_en',
      'capital_es',
      'onUsMexicoBorder',
      'sources',
    ],
    data.places.map((r) => ({
      ...r,
      name_en: r.name.en,
      name_es: r.name.es,
      capital_en: r.capital?.en,
      capital_es: r.capital?.es,
      sources: sourceIds(r),
    })),
  ),
  figures: csv(
    [
      'id',
      'subject',
      'date',
      'label_en',
      'label_es',
      'value',
      'unit',
      'qualifier',
      'trade_year',
      'trade_measure',
      'trade_release',
      'sources',
    ],
    data.figures.map((r) => ({
      ...r,
      label_en: r.label.en,
      label_es: r.label.es,
      ...r.quantity,
      trade_year: r.trade?.year,
      trade_measure: r.trade?.measure,
      trade_release: r.trade?.release,
      sources: sourceIds(r),
    })),
  ),
};
for (const [name, text] of Object.entries(tables)) writeFileSync(join(dist, 'csv', `${name}.csv`), text);
console.log(
  `wrote ${DATASET_NAMES.length} JSON files, ${DATASET_NAMES.length} JSON Schemas and ${Object.keys(tables).length} CSV files to dist/`,
);
