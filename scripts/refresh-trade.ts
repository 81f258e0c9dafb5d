/**
 * `npm run refresh:trade`: refreshes U.S. goods trade with Mexico (data/trade/*.csv) from the Census International
 * Trade API, from 2010-01 (the API's first month) to the latest published month.
 *
 * It fetches both flows for every year, checks the answers (scripts/lib/census/api.ts), merges them
 * (scripts/lib/census/merge.ts), validates the whole dataset with the schemas and integrity checks, and only then
 * writes: the trade tables, the history (data/trade/vintages.csv, append-only), a source record for the new
 * vintage, a changeset, and a Markdown report of every change (default .tmp/trade-refresh-report.md). A
 * refresh that finds nothing new writes only the report.
 *
 * Usage: CENSUS_API_KEY=… npm run refresh:trade [-- --allow-closed-revisions] [--report FILE] [--no-generate]
 * The key comes from the environment, or from a git-ignored .env.local.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Fetch, fetchMexicoTrade } from './lib/census/api.js';
import {
  formatTradeRows,
  formatVintageRows,
  type MergeResult,
  mergeCensus,
  parseTradeRows,
  parseVintageRows,
  RefreshError,
} from './lib/census/merge.js';
import { refreshChangeset, refreshReport } from './lib/census/report.js';
import { parseTradeVintagesCsv } from './lib/census/vintages-csv.js';
import { formatProblem, loadRawDataset, parseDataset, parseTradeCsv } from './lib/dataset.js';
import { checkIntegrity } from './lib/integrity.js';

const TRADE = {
  annual: 'data/trade/annual.csv',
  monthly: 'data/trade/monthly.csv',
  vintages: 'data/trade/vintages.csv',
};
const SOURCES = 'data/sources.json';

/** Options of `refreshTrade`. */
export interface RefreshOptions {
  /** The repository root whose data/ is refreshed. */
  readonly root: string;
  readonly fetch: Fetch;
  readonly key: string;
  /** The time of the refresh: it names the vintage (`census-intltrade-api-YYYY-MM`) and the last year asked for. */
  readonly now: Date;
  readonly allowClosed?: boolean;
  /** Where the report goes (default `<root>/.tmp/trade-refresh-report.md`). */
  readonly reportPath?: string;
  /** Passed to the client: how to wait between retries. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** What a refresh did. */
export interface RefreshOutcome {
  readonly vintage: string;
  readonly result: MergeResult;
  /** Files written, relative to root (the report aside). */
  readonly written: readonly string[];
  readonly report: string;
  readonly reportPath: string;
}

/** The source record of a refresh's vintage. */
export function vintageSource(vintage: string, now: Date): Record<string, string> {
  const day = now.toISOString().slice(0, 10);
  return {
    id: vintage,
    title: `U.S. International Trade API, goods trade with Mexico (CTY_CODE 2010), ${day.slice(0, 7)} vintage`,
    publisher: 'U.S. Census Bureau',
    url: 'https://api.census.gov/data/timeseries/intltrade/exports/hs',
    kind: 'dataset',
    published: day,
    language: 'en',
    note:
      `Fetched by npm run refresh:trade on ${day}: exports (ALL_VAL_MO) from timeseries/intltrade/exports/hs and ` +
      'general imports (GEN_VAL_MO) from timeseries/intltrade/imports/hs, CTY_CODE 2010, whole dollars rounded ' +
      'to $0.1 million; years from the December year-to-date values.',
  };
}

/** Runs a refresh against `fetch`. Throws (and writes nothing but, on success, the report) on any failed check. */
export async function refreshTrade(options: RefreshOptions): Promise<RefreshOutcome> {
  const { root, now } = options;
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const vintage = `census-intltrade-api-${now.toISOString().slice(0, 7)}`;
  const tables = {
    annual: parseTradeRows(read(TRADE.annual), 'year'),
    monthly: parseTradeRows(read(TRADE.monthly), 'month'),
    vintages: parseVintageRows(read(TRADE.vintages)),
  };
  const census = await fetchMexicoTrade(now.getUTCFullYear(), {
    fetch: options.fetch,
    key: options.key,
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
  });
  const result = mergeCensus(tables, census, { vintage, allowClosed: options.allowClosed ?? false });
  const texts = new Map<string, string>([
    [TRADE.annual, formatTradeRows(result.tables.annual, 'year')],
    [TRADE.monthly, formatTradeRows(result.tables.monthly, 'month')],
    [TRADE.vintages, formatVintageRows(result.tables.vintages)],
  ]);
  const usesVintage = [...result.tables.annual, ...result.tables.monthly].some((r) => r.vintage === vintage);
  const sources = JSON.parse(read(SOURCES)) as { id: string }[];
  if (usesVintage && !sources.some((s) => s.id === vintage)) {
    const next = [...sources, vintageSource(vintage, now) as { id: string }].sort((a, b) => a.id.localeCompare(b.id));
    texts.set(SOURCES, `${JSON.stringify(next, null, 2)}\n`);
  }
  // Every check the package runs on data/ must pass on the result before anything is written.
  const raw = loadRawDataset(root);
  const sourcesText = texts.get(SOURCES);
  if (sourcesText !== undefined) raw.sources = JSON.parse(sourcesText) as unknown[];
  raw.tradeYears = parseTradeCsv(texts.get(TRADE.annual) ?? '', 'year');
  raw.tradeMonths = parseTradeCsv(texts.get(TRADE.monthly) ?? '', 'month');
  raw.tradeVintages = parseTradeVintagesCsv(texts.get(TRADE.vintages) ?? '');
  const { dataset, problems } = parseDataset(raw);
  const all = problems.length > 0 ? problems : checkIntegrity(dataset);
  if (all.length > 0) {
    throw new RefreshError(`the refreshed data fails its checks:\n${all.map(formatProblem).join('\n')}`);
  }
  const changeset = refreshChangeset(result, vintage);
  if (changeset !== undefined) texts.set(`.changeset/trade-refresh-${vintage.replace(/^census-/, '')}.md`, changeset);
  const written: string[] = [];
  for (const [file, text] of texts) {
    const path = join(root, file);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    written.push(file);
  }
  const report = refreshReport(result, vintage);
  const reportPath = options.reportPath ?? join(root, '.tmp/trade-refresh-report.md');
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, report);
  return { vintage, result, written, report, reportPath };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  if (process.env.CENSUS_API_KEY === undefined && existsSync(join(root, '.env.local'))) {
    process.loadEnvFile(join(root, '.env.local'));
  }
  const key = process.env.CENSUS_API_KEY;
  if (key === undefined || key.trim() === '') {
    console.error(
      'refresh:trade needs a Census API key in CENSUS_API_KEY (https://api.census.gov/data/key_signup.html).',
    );
    process.exit(1);
  }
  const report = argument('--report');
  try {
    const outcome = await refreshTrade({
      root,
      fetch: globalThis.fetch,
      key,
      now: new Date(),
      allowClosed: process.argv.includes('--allow-closed-revisions'),
      ...(report === undefined ? {} : { reportPath: resolve(report) }),
    });
    const count = outcome.result.changes.length;
    console.log(`${outcome.vintage}: ${count} changed value(s); report in ${outcome.reportPath}`);
    for (const file of outcome.written) console.log(`wrote ${file}`);
    if (outcome.written.length > 0 && !process.argv.includes('--no-generate')) {
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      execFileSync(npm, ['run', '--silent', 'generate'], { cwd: root, stdio: 'inherit' });
      execFileSync(npm, ['run', '--silent', 'docs:dictionary'], { cwd: root, stdio: 'inherit' });
    }
  } catch (error) {
    console.error(`refresh:trade: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
