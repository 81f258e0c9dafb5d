/**
 * 2. Import cost: a cold `import()` of the package root and of each subpath, each in a fresh `node` process started
 * with process.execPath in the consumer project, timed inside the child with performance.now() around the import
 * (so net of node's own start); against a fresh process that only reads and JSON.parses the dist/data/*.json files
 * that entry needs, timed the same way. And `usmx brief` as a whole process against `node -e 0` plus the parsing of
 * the data it shows. The process kinds are run round-robin (after warm-up rounds) so that drift on the machine hits
 * them all alike; each figure is the median of the runs, with the minimum beside it. (A whole-process "net" figure
 * for the import would divide two ~55 ms medians by their 1–4 ms difference: noise.)
 *
 * Both kinds are timed after the first use of what they use, as in an app that has started: the parsing after an
 * untimed read and parse of a small file; the imports after two untimed imports, of the same specifier of an empty
 * copy of the package (below) and of an installed package that holds one empty module. (The loader's first import
 * costs about 4 ms here, ten times the parsing of the smallest dataset, and its second about 1.5 ms more than the
 * third: with one warm-up import, whichever import was timed first paid that, and the two orders' results differed
 * by about 3 ms, more than most entries cost; with two they differ by about 0.3 ms.) The import is counted net of the
 * same specifier of a "mirror" installed beside the package: the same package.json (so the same `exports` map and
 * conditions) with an empty module at every path the map names. So the net is what the entry's own code and data
 * cost, not node's resolution of a subpath through an `exports` map, which any package with subpaths pays (about
 * 0.5 ms more here than a bare package with one `index.js`, whether its package.json names one subpath or all of
 * this one's). The same process times the mirror before the entry in even rounds and after it in odd ones, and the
 * figure is the mean of the two orders' medians of the entry's time less the mirror's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SIZE_TARGETS } from '../lib/size-report.js';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../lib/dataset.js';
import { median, minNote, type Samples, summarize } from './samples.js';
import { atMost, row, type Row } from './table.js';

const SECTION = '2 import';
const ALL: readonly DatasetName[] = DATASET_NAMES;

interface Entry {
  readonly name: string;
  readonly specifier: string;
  readonly datasets: readonly DatasetName[];
}

function entries(): Entry[] {
  const subpaths = SIZE_TARGETS.filter((t) => t.name.startsWith('./')).map((t) => ({
    name: t.name,
    specifier: `us-mexico-relations/${t.name.slice(2)}`,
    datasets: t.datasets,
  }));
  return [{ name: '. (root)', specifier: 'us-mexico-relations', datasets: ALL }, ...subpaths];
}

export interface ImportSection {
  readonly rows: Row[];
  readonly raw: Record<
    string,
    { readonly command: readonly string[]; readonly inside: Samples; readonly wall: Samples }
  >;
}

/**
 * The datasets `usmx brief` shows (src/cli/commands/brief.ts): events, initiatives, figures and trade, each line
 * with the publishers of its sources. Its baseline parses exactly these.
 */
const BRIEF_DATASETS: readonly DatasetName[] = ['events', 'initiatives', 'figures', 'tradeYears', 'sources'];

/** The name of the empty copy of the package (see the comment at the top). */
const MIRROR = 'us-mexico-relations-mirror';
/** A second mirror, imported untimed at the same specifier before the timed imports (see the comment at the top). */
const WARM_MIRROR = 'us-mexico-relations-warm';
const mirrorOf = (specifier: string, mirror = MIRROR) => specifier.replace(/^us-mexico-relations/, mirror);

/** Every file path an `exports` map names. */
function exportedFiles(map: unknown): string[] {
  if (typeof map === 'string') return [map];
  if (typeof map !== 'object' || map === null) return [];
  return Object.values(map).flatMap(exportedFiles);
}

/**
 * Installs the mirror: the package's package.json under another name, and an empty module at every file its
 * `exports` map names (ES or CommonJS as the file's extension says).
 */
function installMirror(consumerDir: string, packageDir: string, name: string): void {
  const folder = join(consumerDir, 'node_modules', name);
  rmSync(folder, { recursive: true, force: true });
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { exports: unknown };
  for (const file of new Set(exportedFiles(manifest.exports))) {
    if (!/\.c?js$/.test(file)) continue;
    const path = join(folder, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.endsWith('.cjs') ? 'module.exports = {};\n' : 'export {};\n');
  }
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify({ ...manifest, name }, null, 2)}\n`);
}

/** The import target: at most 1.5 times the parsing of the entry's data. */
const IMPORT_TARGET = 1.5;
/** How near the target a ratio must land for its entry to get more rounds: within a factor of 1.25 either way. */
const CLOSE = 1.25;
/** How many times the first runs such an entry gets in all. */
const CLOSE_RUNS_FACTOR = 4;

/**
 * An import's time net of the mirror's, from the runs of its process kind (sample i ran in round i + warmupRounds): the
 * mean of the two orders' medians, as the order effect is equal and opposite in them.
 */
function netOf(list: readonly { readonly inside: number }[], warmupRounds: number) {
  const order = (parity: number) =>
    summarize(list.filter((_, i) => (i + warmupRounds) % 2 === parity).map((s) => s.inside));
  const [mirrorFirst, entryFirst] = [order(0), order(1)];
  return {
    value: (mirrorFirst.median + entryFirst.median) / 2,
    unit: 'ms' as const,
    note: `mirror timed first ${mirrorFirst.median.toPrecision(3)} ms, last ${entryFirst.median.toPrecision(3)} ms; ${list.length} runs`,
  };
}

export function importSection(consumerDir: string, runs: number, warmupRounds: number): ImportSection {
  const dir = join(consumerDir, 'bench-import');
  mkdirSync(dir, { recursive: true });
  const packageDir = join(consumerDir, 'node_modules/us-mexico-relations');
  const fileOf = (d: DatasetName) => join(packageDir, 'dist/data', `${DATASETS[d].stem}.json`);
  const report = 'process.stdout.write(JSON.stringify(t1 - t0));';

  // One command per process kind: the imports, the JSON baselines (one per distinct set of files), the CLI.
  const commands = new Map<string, readonly string[]>();
  const script = (name: string, text: string) => {
    if (!commands.has(name)) {
      writeFileSync(join(dir, `${name}.mjs`), text);
      commands.set(name, [join(dir, `${name}.mjs`)]);
    }
    return name;
  };
  // Installed packages with nothing in them: the first is imported (or its package.json read) before the timed part,
  // the second is timed beside the entry.
  const installEmpty = (name: string) => {
    const folder = join(consumerDir, 'node_modules', name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), `${JSON.stringify({ name, type: 'module', exports: './index.js' })}\n`);
    writeFileSync(join(folder, 'index.js'), 'export {};\n');
    return folder;
  };
  const emptyPackage = installEmpty('empty-package');
  installMirror(consumerDir, packageDir, MIRROR);
  installMirror(consumerDir, packageDir, WARM_MIRROR);
  const json = (datasets: readonly DatasetName[]) =>
    script(
      `json-${datasets.join('+')}`,
      `import { readFileSync } from 'node:fs';\nconst files = ${JSON.stringify(datasets.map(fileOf))};\nJSON.parse(readFileSync(${JSON.stringify(join(emptyPackage, 'package.json'))}, 'utf8'));\nconst t0 = performance.now();\nconst data = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));\nconst t1 = performance.now();\nif (data.length !== files.length) throw new Error();\n${report}\n`,
    );
  const plan = entries().map((entry) => {
    const slug = entry.name === '. (root)' ? 'root' : entry.name.slice(2);
    const imported = script(
      `import-${slug}`,
      [
        `await import(${JSON.stringify(mirrorOf(entry.specifier, WARM_MIRROR))});`,
        "await import('empty-package');",
        'const timed = async (specifier) => {',
        '  const t0 = performance.now();',
        '  await import(specifier);',
        '  return performance.now() - t0;',
        '};',
        'const mirrorFirst = Number(process.argv[2]) % 2 === 0;',
        `const before = mirrorFirst ? await timed(${JSON.stringify(mirrorOf(entry.specifier))}) : 0;`,
        `const entry = await timed(${JSON.stringify(entry.specifier)});`,
        `const mirror = mirrorFirst ? before : await timed(${JSON.stringify(mirrorOf(entry.specifier))});`,
        'process.stdout.write(JSON.stringify(entry - mirror));',
        '',
      ].join('\n'),
    );
    return { entry, imported, json: entry.datasets.length === 0 ? undefined : json(entry.datasets) };
  });
  // The CLI, as a user starts it, against an empty node and the parsing of what it shows.
  commands.set('usmx-brief', [join(packageDir, 'dist/usmx.js'), 'brief']);
  commands.set('node-e-0', ['-e', '0']);
  const briefJson = json(BRIEF_DATASETS);

  const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: '100' };
  delete env.NODE_OPTIONS;
  const spawn = (name: string, round: number) => {
    const started = performance.now();
    // Import scripts read the round, to alternate the order of their two timed imports.
    const args = name.startsWith('import-') ? [...(commands.get(name) ?? []), String(round)] : commands.get(name);
    const result = spawnSync(process.execPath, args as string[], {
      cwd: consumerDir,
      encoding: 'utf8',
      env,
    });
    const wall = performance.now() - started;
    if (result.status !== 0) throw new Error(`${name} failed:\n${result.stderr}`);
    const inside = Number(result.stdout);
    return { inside: Number.isFinite(inside) ? inside : Number.NaN, wall };
  };
  const samples = new Map<string, { inside: number; wall: number }[]>([...commands.keys()].map((name) => [name, []]));
  // Round-robin, after warm-up rounds, so that drift on the machine hits every kind alike.
  for (let round = 0; round < warmupRounds + runs; round++) {
    for (const name of commands.keys()) {
      const sample = spawn(name, round);
      if (round >= warmupRounds) samples.get(name)?.push(sample);
    }
  }
  // A subpath's import and its data both take well under a millisecond, and one process's figure swings by a few
  // tenths: with 16 runs, ./figures came out at 1.36x in one run and 1.68x in another, against a target of 1.5x. So
  // an entry whose ratio lands within a factor of 1.25 of the target gets more rounds, of its import and its baseline
  // only (taking turns, the rounds' parity still alternating the order of the import and the mirror).
  const insideOf = (name: string) => samples.get(name)?.map((s) => s.inside) ?? [];
  const close = plan.filter(({ imported, json: parsed }) => {
    if (parsed === undefined) return false;
    const ratio = netOf(samples.get(imported) ?? [], warmupRounds).value / median(insideOf(parsed));
    return ratio > IMPORT_TARGET / CLOSE && ratio < IMPORT_TARGET * CLOSE;
  });
  const closeKinds = new Set(close.flatMap(({ imported, json: parsed }) => [imported, parsed as string]));
  for (let round = warmupRounds + runs; round < warmupRounds + runs * CLOSE_RUNS_FACTOR; round++) {
    for (const name of closeKinds) samples.get(name)?.push(spawn(name, round));
  }
  const raw: ImportSection['raw'] = {};
  for (const [name, list] of samples) {
    raw[name] = {
      command: commands.get(name) as readonly string[],
      inside: summarize(list.map((s) => s.inside)),
      wall: summarize(list.map((s) => s.wall)),
    };
  }
  const of = (name: string) => raw[name] as ImportSection['raw'][string];
  const inside = (name: string, extra = '') => ({
    value: of(name).inside.median,
    unit: 'ms' as const,
    note: `${minNote(of(name).inside)}${extra}`,
  });
  const net = (name: string) => netOf(samples.get(name) ?? [], warmupRounds);

  const rows: Row[] = [];
  for (const { entry, imported, json: parsed } of plan) {
    const name = `import('${entry.specifier}'), net of an empty mirror's (median)`;
    if (parsed === undefined) {
      rows.push(row(SECTION, name, net(imported), 'no data to parse', undefined));
      continue;
    }
    rows.push(
      row(
        SECTION,
        name,
        net(imported),
        `JSON.parse of its ${entry.datasets.length} file(s)`,
        inside(parsed),
        atMost(IMPORT_TARGET),
      ),
    );
  }
  const emptyWall = of('node-e-0').wall;
  const briefBaseline = emptyWall.median + of(briefJson).inside.median;
  rows.push(
    row(
      SECTION,
      'usmx brief, process wall (median)',
      { value: of('usmx-brief').wall.median, unit: 'ms', note: minNote(of('usmx-brief').wall) },
      `node -e 0 wall (${emptyWall.median.toFixed(1)} ms) + JSON.parse of its ${BRIEF_DATASETS.length} files (${of(briefJson).inside.median.toFixed(2)} ms)`,
      { value: briefBaseline, unit: 'ms' },
      atMost(1.5),
    ),
  );
  return { rows, raw };
}
