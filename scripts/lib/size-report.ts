/**
 * What each entry point and single-helper import costs in an app's bundle, against the data it needs, and whether
 * it carries anything it should not (another entry's data, zod).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './load-dataset.js';
import { root } from './paths.js';
import { bundle, jsonGzipBytes } from './bundle.js';
import { entries } from './entries.js';
import { DATASET_NAMES, DATASETS, type Dataset, type DatasetName, type Subpath } from './dataset.js';

/** A consumer import to measure, and the datasets it legitimately needs. */
export interface SizeTarget {
  readonly name: string;
  readonly source: string;
  readonly datasets: readonly DatasetName[];
  /** Only ./schemas may carry zod. */
  readonly zodAllowed?: boolean;
}

const ALL = DATASET_NAMES;

/** Every public subpath, carrying the datasets whose `entries` name it (and zod for ./schemas alone). */
const subpathTargets = (Object.keys(entries) as (keyof typeof entries)[])
  .filter((name): name is Subpath => name !== 'index')
  .map(
    (path): SizeTarget => ({
      name: `./${path}`,
      source: `export * from 'us-mexico-relations/${path}';`,
      datasets: ALL.filter((d) => DATASETS[d].entries.includes(path)),
      zodAllowed: path === 'schemas',
    }),
  );

export const SIZE_TARGETS: readonly SizeTarget[] = [
  ...subpathTargets,
  {
    name: 'tradeTotal',
    source: "import { tradeTotal } from 'us-mexico-relations'; console.log(tradeTotal(2023));",
    datasets: ['tradeYears', 'tradeVintages'],
  },
  {
    name: 'getInitiative',
    source: "import { getInitiative } from 'us-mexico-relations'; console.log(getInitiative('T-MEC')?.id);",
    datasets: ['initiatives'],
  },
  {
    name: 'timeline',
    source: "import { timeline } from 'us-mexico-relations'; console.log(timeline().length);",
    datasets: ['events', 'initiatives', 'actors', 'places'],
  },
  {
    name: 'getActor',
    source: "import { getActor } from 'us-mexico-relations'; console.log(getActor('Sheinbaum')?.id);",
    datasets: ['actors'],
  },
  {
    name: 'getPlace',
    source: "import { getPlace } from 'us-mexico-relations'; console.log(getPlace('MX-NLE')?.id);",
    datasets: ['places'],
  },
  {
    name: 'getFigure',
    source: "import { getFigure } from 'us-mexico-relations'; console.log(getFigure('cartel-transfers-2025')?.id);",
    datasets: ['figures'],
  },
  {
    name: 'comments',
    source: "import { comments } from 'us-mexico-relations'; console.log(comments().length);",
    datasets: ['comments'],
  },
  {
    name: 'search',
    source: "import { search } from 'us-mexico-relations'; console.log(search('T-MEC').length);",
    datasets: ['initiatives', 'events', 'actors', 'places', 'figures'],
  },
  {
    // The citation styles are written by hand so that citing costs no CSL processor: this measures them.
    name: 'cite',
    source: "import { cite } from 'us-mexico-relations'; console.log(cite(2023, { style: 'apa' }));",
    datasets: ALL.filter((d) => DATASETS[d].citable || d === 'sources' || d === 'tradeYears'),
  },
  {
    name: 'encounterCount',
    source: "import { encounterCount } from 'us-mexico-relations'; console.log(encounterCount('FY2024'));",
    datasets: ['encounters'],
  },
  {
    name: 'remittancesUsdMillions',
    source: "import { remittancesUsdMillions } from 'us-mexico-relations'; console.log(remittancesUsdMillions(2025));",
    datasets: ['remittances'],
  },
  {
    name: 'fdiTotal',
    source: "import { fdiTotal } from 'us-mexico-relations'; console.log(fdiTotal(2025));",
    datasets: ['fdi'],
  },
  {
    name: 'formatQuantity',
    source:
      "import { formatQuantity } from 'us-mexico-relations'; console.log(formatQuantity({ value: 1, unit: 'count', qualifier: 'exact' }));",
    datasets: [],
  },
];

/**
 * The committed budgets: one rule (ratio times data, plus slack) for every import that carries data, and a byte
 * ceiling for those that do not. The bench and the package check both judge by `ceiling`, so they cannot disagree.
 */
export interface Budgets {
  readonly maxRatio: number;
  /** Bytes allowed on top of the ratio: the fixed code every import carries, which outweighs 30% of a small dataset. */
  readonly slackGzipBytes: number;
  readonly maxGzipBytesWithoutData: Readonly<Record<string, number>>;
  /**
   * Imports that miss the rule: the slack npm test allows them instead, on top of the same ratio (so that their data
   * can grow, as the trade refresh appends vintages, without tripping it), and why they miss.
   */
  readonly exceptions?: Readonly<Record<string, { readonly slackGzipBytes: number; readonly why: string }>>;
}

export function readBudgets(): Budgets {
  return JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8')) as Budgets;
}

/** The most gzipped bytes an import that needs data may weigh: the ratio times its data, plus the slack. */
export function ceiling(budgets: Budgets, dataGzipBytes: number): number {
  return budgets.maxRatio * dataGzipBytes + budgets.slackGzipBytes;
}

/** The rule `ceiling` applies, in words. */
export const ceilingText = (budgets: Budgets) => `<= ${budgets.maxRatio}x data + ${budgets.slackGzipBytes} B`;

/** The most gzipped bytes npm test allows an import that needs data: `ceiling`, or an exception's slack instead. */
export function allowance(budgets: Budgets, name: string, dataGzipBytes: number): number {
  return budgets.maxRatio * dataGzipBytes + (budgets.exceptions?.[name]?.slackGzipBytes ?? budgets.slackGzipBytes);
}

function leafValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(leafValues);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leafValues);
  return typeof value === 'string' || typeof value === 'number' ? [String(value)] : [];
}

/**
 * A value (never a field name, which code may spell too) that appears in one dataset and in no other: text safe
 * to find in a bundle however its strings are quoted, or a long run of digits. Finding it in a bundle means that
 * dataset is in it.
 */
export function sentinel(data: Dataset, name: DatasetName): string {
  const others = ALL.filter((d) => d !== name)
    .map((d) => JSON.stringify(data[d]))
    .join('\n');
  const found = leafValues(data[name]).find(
    (v) => (/^[A-Za-z0-9 ,.:;()-]{16,}$/.test(v) || /^\d{9,}$/.test(v)) && !others.includes(v),
  );
  if (found === undefined) throw new Error(`no sentinel value for ${name}`);
  return found;
}

export interface SizeRow {
  readonly name: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Minified, gzipped JSON of the datasets the import needs. */
  readonly dataGzipBytes: number;
  /** gzipBytes / dataGzipBytes, or undefined for an import that needs no data. */
  readonly ratio: number | undefined;
  /** Bytes of the (minified) bundle that come from zod. */
  readonly zodBytes: number;
  /** Datasets found in the bundle that the import does not need. */
  readonly foreignData: readonly DatasetName[];
  readonly runnable: string;
}

/** A pass/fail line for the package check. */
export interface BundleCheck {
  readonly name: string;
  readonly detail: string;
  readonly problem?: string;
}

/** Measures every target from the package installed in `consumerDir`; appends one check per target to `checks`. */
export async function bundleReport(consumerDir: string, checks?: BundleCheck[]): Promise<SizeRow[]> {
  const data = loadDataset();
  const sentinels = Object.fromEntries(ALL.map((d) => [d, sentinel(data, d)])) as Record<DatasetName, string>;
  const budgets = readBudgets();
  const rows: SizeRow[] = [];
  for (const target of SIZE_TARGETS) {
    const result = await bundle(target.source, consumerDir);
    const dataGzipBytes = target.datasets.length === 0 ? 0 : jsonGzipBytes(target.datasets.map((d) => data[d]));
    const row: SizeRow = {
      name: target.name,
      minifiedBytes: result.minifiedBytes,
      gzipBytes: result.gzipBytes,
      dataGzipBytes,
      ratio: dataGzipBytes === 0 ? undefined : result.gzipBytes / dataGzipBytes,
      zodBytes: result.zodBytes,
      foreignData: ALL.filter((d) => !target.datasets.includes(d) && result.code.includes(sentinels[d])),
      runnable: result.code,
    };
    rows.push(row);
    const exception = budgets.exceptions?.[target.name];
    const problems = [
      ...(row.zodBytes > 0 && target.zodAllowed !== true ? [`carries ${row.zodBytes} B of zod`] : []),
      ...(row.foreignData.length > 0 ? [`carries data it does not need: ${row.foreignData.join(', ')}`] : []),
      ...(row.ratio !== undefined && row.gzipBytes > allowance(budgets, target.name, dataGzipBytes)
        ? [
            exception === undefined
              ? `is ${row.ratio.toFixed(2)}x its data, over the budget (${ceilingText(budgets)})`
              : `is ${row.gzipBytes} B, over its exception's ${budgets.maxRatio}x data + ${exception.slackGzipBytes} B (= ${Math.floor(allowance(budgets, target.name, dataGzipBytes))} B)`,
          ]
        : []),
      ...(row.ratio === undefined && row.gzipBytes > (budgets.maxGzipBytesWithoutData[target.name] ?? 0)
        ? [`is ${row.gzipBytes} B gzipped, over its ${budgets.maxGzipBytesWithoutData[target.name] ?? 0} B budget`]
        : []),
    ];
    checks?.push({
      name: `bundle ${target.name}`,
      detail: `${row.gzipBytes} B min+gz${row.ratio === undefined ? '' : `, ${row.ratio.toFixed(2)}x its data (${dataGzipBytes} B)`}, zod ${row.zodBytes} B`,
      ...(problems.length > 0 ? { problem: problems.join('; ') } : {}),
    });
  }
  return rows;
}
