/**
 * `npm run bench`: what the package costs an app, each figure against a baseline measured in the same run, with the
 * issue's target beside it (every acceptance row of the performance issue is a row here):
 *   1. bundle cost of every subpath and one-helper import, against the min+gz JSON of the data it needs, judged by
 *      the rule of size-budgets.json (1.3x data + 400 B), the one npm test applies;
 *   2. cold import time of the root and of each subpath (median and min of fresh processes), against JSON.parse of
 *      the same data; `usmx brief` against `node -e 0` plus parsing the data it shows;
 *   3. key lookups and search, against Map.get (and a naive scan for search); search's p50 over a mixed query set
 *      at today's records and at 10× and 100× synthetic copies (target: <= 2 ms at 100×), and its index build;
 *   4. createTimeline at 1e3…1e6 events: build time (one build per fresh process, >= 3 samples, median and min)
 *      against a hand-written index; memory; and range queries against a hand-written binary search and a naive
 *      Array.filter.
 * Builds the package, installs the packed tarball in .tmp/bench/consumer, prints one table and writes
 * bench/results.json (the latest reference run, committed, with the machine it ran on). Sections 2–4 run in fresh
 * `node` processes against the installed package. Options: --quick (fewer runs and sizes, for trying it out).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './lib/paths.js';
import { setUpConsumer } from './lib/consumer.js';
import { bundleSection } from './bench/bundle-cost.js';
import { buildPackage } from './bench/build.js';
import { importSection } from './bench/import-cost.js';
import { atMost, renderTable, row, type Row } from './bench/table.js';
import type { Timing } from './bench/micro.js';
import { minNote, type Samples, summarize } from './bench/samples.js';

const quick = process.argv.includes('--quick');
const started = performance.now();
const loadAtStart = loadavg();
const log = (message: string) => process.stderr.write(`${message}\n`);
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

// 0. The package as an app gets it.
log('building the package…');
const buildInfo = buildPackage();
log(`  built in ${(buildInfo.ms / 1000).toFixed(1)} s; packing and installing in .tmp/bench/consumer…`);
const { consumer, packed } = setUpConsumer(join(root, '.tmp/bench'));
const setupDone = performance.now();

/** Bundles a child bench into the consumer project, so that it runs under plain node against the installed package. */
async function child(name: string): Promise<string> {
  const outfile = join(consumer, `bench-${name}.mjs`);
  await build({
    entryPoints: [join(root, 'scripts/bench', `${name}.ts`)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    external: ['us-mexico-relations', 'us-mexico-relations/*'],
    logLevel: 'error',
  });
  return outfile;
}
function runChild(file: string, args: readonly string[], flags: readonly string[] = []): unknown {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const result = spawnSync(process.execPath, [...flags, file, ...args], {
    cwd: consumer,
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  });
  if (result.status !== 0) throw new Error(`${file} exited with ${result.status}`);
  return JSON.parse(result.stdout);
}

const rows: Row[] = [];

log(`[${elapsed()}] 1. bundle cost…`);
const bundles = await bundleSection(consumer);
rows.push(...bundles.rows);

log(`[${elapsed()}] 2. import cost…`);
// At least six runs: the import figures take the median of each order's runs, and a median needs three.
const imports = importSection(consumer, quick ? 6 : 16, quick ? 1 : 2);
rows.push(...imports.rows);

log(`[${elapsed()}] 3. lookups…`);
interface LookupOutput {
  cases: { name: string; key: string; mapKey: string; value: Timing; baseline: Timing }[];
  search: { word: string; hits: number; records: number; scanHits: number; value: Timing; baseline: Timing };
}
const lookups = runChild(await child('lookups-child'), []) as LookupOutput;
const ns = (t: Timing, note?: string) => ({
  value: t.medianNs,
  unit: 'ns' as const,
  ...(note === undefined ? {} : { note }),
});
for (const c of lookups.cases)
  rows.push(row('3 lookup', c.name, ns(c.value), `Map.get('${c.mapKey}')`, ns(c.baseline), atMost(3)));
rows.push(
  row(
    '3 lookup',
    `search('${lookups.search.word}') (${lookups.search.hits} hits, limit 10)`,
    ns(lookups.search.value),
    `naive includes() scan of ${lookups.search.records} records`,
    ns(lookups.search.baseline),
  ),
);

log(`[${elapsed()}] 3b. search at scale…`);
interface SearchScaleOutput {
  factor: number;
  records: number;
  vocabulary: number;
  buildMs: number;
  p50Ms: number;
  maxOfQueryP50Ms: number;
  perQuery: Record<string, number>;
}
const searchScale = runChild(
  await child('search-child'),
  quick ? ['1', '10'] : ['1', '10', '100'],
) as SearchScaleOutput[];
const ms = (value: number, note?: string) => ({ value, unit: 'ms' as const, ...(note === undefined ? {} : { note }) });
const today = searchScale.find((s) => s.factor === 1);
for (const s of searchScale) {
  const name = `search p50, mixed queries, ${s.factor}x records (${s.records.toLocaleString('en-US')})`;
  const worst = `slowest query p50 ${s.maxOfQueryP50Ms.toFixed(2)} ms`;
  // Each scaled figure beside today's, the 100x one with the target.
  rows.push(
    row(
      '3 search',
      name,
      ms(s.p50Ms, worst),
      s.factor === 1 || today === undefined ? 'none' : "today's records (1x)",
      s.factor === 1 || today === undefined ? undefined : ms(today.p50Ms),
      s.factor === 100 ? { text: '<= 2 ms', met: ({ value }) => value <= 2 } : undefined,
    ),
  );
  rows.push(
    row('3 search', `search index build, ${s.factor}x records (at first query)`, ms(s.buildMs), 'none', undefined),
  );
}

log(`[${elapsed()}] 4. scale…`);
interface QueryOutput {
  n: number;
  memory: { timelineBytesPerEvent: number; inputBytesPerEvent: number };
  longestSpanDays: number;
  queries: Record<
    'narrow' | 'wide',
    { from: string; to: string; results: number; scanned: number; value: Timing; hand: Timing; filter: Timing }
  >;
}
const sizes = quick ? [1e3, 1e4, 1e5] : [1e3, 1e4, 1e5, 1e6];
const scaleChild = await child('scale-child');
const gcFlags = ['--expose-gc', '--max-old-space-size=8192'];
const label = (n: number) => `n=1e${Math.round(Math.log10(n))}`;
// Builds: one per fresh process, the kinds taking turns, so that all of them see the same machine.
const BUILD_KINDS = ['createTimeline', 'hand'] as const;
type BuildKind = (typeof BUILD_KINDS)[number];
const builds: Record<string, Record<BuildKind, Samples>> = {};
/** The build target, at 1e5 events and up: at most twice the hand-written index. */
const BUILD_TARGET = 2;
for (const n of sizes) {
  // Five at 1e6 too: with three, the baseline's median (1.7 s in one run, 1.2 s in the next) moved the ratio from
  // 1.5 to 2.2. Even five leave the verdict to chance near the target: at 1e5 one run gave 1.72x and another 2.35x
  // (the baseline's median 145 ms, then 115 ms), while 15 alternating builds gave 1.77x. So where the first runs put
  // the ratio within a factor of 1.25 of the target, the build gets three times the runs.
  const timed: { kind: BuildKind; ms: number }[] = [];
  const timeBuilds = (runs: number) => {
    for (let i = 0; i < runs; i++)
      for (const kind of BUILD_KINDS)
        timed.push({ kind, ms: runChild(scaleChild, ['build', kind, String(n)], gcFlags) as number });
  };
  const runs = n >= 1e5 ? 5 : 7;
  timeBuilds(runs);
  const samplesOf = (kind: BuildKind) => summarize(timed.filter((t) => t.kind === kind).map((t) => t.ms));
  const ratio = samplesOf('createTimeline').median / samplesOf('hand').median;
  if (n >= 1e5 && ratio > BUILD_TARGET / 1.25 && ratio < BUILD_TARGET * 1.25) timeBuilds(runs * 2);
  const built = Object.fromEntries(BUILD_KINDS.map((kind) => [kind, samplesOf(kind)])) as Record<BuildKind, Samples>;
  builds[label(n)] = built;
  rows.push(
    row(
      '4 scale',
      `createTimeline build ${label(n)} (median, fresh process each)`,
      ms(built.createTimeline.median, minNote(built.createTimeline)),
      'hand-written index build',
      ms(built.hand.median, minNote(built.hand)),
      n >= 1e5 ? atMost(BUILD_TARGET) : undefined,
    ),
  );
}
const scale = runChild(scaleChild, ['queries', ...sizes.map(String)], gcFlags) as QueryOutput[];
for (const s of scale) {
  rows.push(
    row(
      '4 scale',
      `memory retained by timeline ${label(s.n)}`,
      { value: s.memory.timelineBytesPerEvent, unit: 'B/event' },
      'the input events themselves',
      {
        value: s.memory.inputBytesPerEvent,
        unit: 'B/event',
      },
    ),
  );
}
for (const window of ['narrow', 'wide'] as const) {
  for (const s of scale) {
    const q = s.queries[window];
    const name = `query ${window} ${q.from}..${q.to} ${label(s.n)}`;
    const note = `${q.results.toLocaleString('en-US')} hits; the hand-written index scans ${q.scanned.toLocaleString('en-US')}`;
    rows.push(row('4 scale', name, ns(q.value, note), 'hand-written binary search', ns(q.hand), atMost(1)));
    rows.push(
      row(
        '4 scale',
        name,
        ns(q.value),
        'naive Array.filter',
        ns(q.filter),
        window === 'narrow' && s.n === 1e6
          ? { text: '<= 0.01x (100x faster)', met: ({ ratio }) => ratio !== undefined && ratio <= 0.01 }
          : undefined,
      ),
    );
  }
}

const totalSeconds = (performance.now() - started) / 1000;
const table = renderTable(rows);
console.log(table);
const missed = rows.filter((r) => r.met === false);
console.log(
  `\n${rows.filter((r) => r.met !== undefined).length - missed.length} of ${rows.filter((r) => r.met !== undefined).length} targets met; total ${totalSeconds.toFixed(1)} s`,
);

const cpuList = cpus();
const results = {
  generatedAt: new Date().toISOString(),
  quick,
  machine: {
    node: process.version,
    v8: process.versions.v8,
    os: `${osType()} ${release()} (${platform()} ${arch()})`,
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryBytes: totalmem(),
    /** 1, 5 and 15 minute load averages: other work on the machine skews every figure. */
    loadAverage: { atStart: loadAtStart, atEnd: loadavg() },
  },
  durationSeconds: { total: totalSeconds, buildAndInstall: (setupDone - started) / 1000 },
  build: {
    ...buildInfo,
    tarball: {
      filename: packed.filename,
      size: packed.size,
      unpackedSize: packed.unpackedSize,
      files: packed.files.length,
    },
  },
  rows,
  table,
  raw: { bundles: bundles.raw, imports: imports.raw, lookups, searchScale, builds, scale },
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`wrote bench/results.json`);
