/**
 * 2. Import cost: a cold `import()` of the package root and of each subpath, each in a fresh `node` process started
 * with process.execPath in the consumer project, timed inside the child with performance.now() around the import;
 * against a fresh process that only reads and JSON.parses the dist/data/*.json files that entry needs, and an
 * empty process. Whole-process wall time is recorded too, and reported net of the empty process for the root.
 * The process kinds are run round-robin (after warm-up rounds) so that drift on the machine hits them all alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIZE_TARGETS } from '../lib/size-report.js';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../lib/dataset.js';
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

interface Sample {
  readonly inside: number;
  readonly wall: number;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export interface ImportSection {
  readonly rows: Row[];
  readonly raw: Record<
    string,
    { readonly script: string; readonly insideMs: number; readonly wallMs: number; readonly runs: number }
  >;
}

export function importSection(consumerDir: string, runs: number, warmupRounds: number): ImportSection {
  const dir = join(consumerDir, 'bench-import');
  mkdirSync(dir, { recursive: true });
  const dataDir = join(consumerDir, 'node_modules/us-mexico-relations/dist/data');
  const fileOf = (d: DatasetName) => join(dataDir, `${DATASETS[d].stem}.json`);
  const report = 'process.stdout.write(JSON.stringify(t1 - t0));';

  // One script per process kind: the imports, the JSON baselines (one per distinct set of files) and the empty one.
  const scripts = new Map<string, string>();
  const script = (name: string, text: string) => {
    if (!scripts.has(name)) {
      writeFileSync(join(dir, `${name}.mjs`), text);
      scripts.set(name, join(dir, `${name}.mjs`));
    }
    return name;
  };
  const empty = script('empty', `const t0 = performance.now();\nconst t1 = performance.now();\n${report}\n`);
  const plan = entries().map((entry) => {
    const slug = entry.name === '. (root)' ? 'root' : entry.name.slice(2);
    const imported = script(
      `import-${slug}`,
      `const t0 = performance.now();\nawait import(${JSON.stringify(entry.specifier)});\nconst t1 = performance.now();\n${report}\n`,
    );
    const files = entry.datasets.map(fileOf);
    const json =
      files.length === 0
        ? undefined
        : script(
            `json-${entry.datasets.join('+')}`,
            `import { readFileSync } from 'node:fs';\nconst files = ${JSON.stringify(files)};\nconst t0 = performance.now();\nconst data = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));\nconst t1 = performance.now();\nif (data.length !== files.length) throw new Error();\n${report}\n`,
          );
    return { entry, imported, json };
  });

  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const spawn = (name: string): Sample => {
    const started = performance.now();
    const result = spawnSync(process.execPath, [scripts.get(name) as string], {
      cwd: consumerDir,
      encoding: 'utf8',
      env,
    });
    const wall = performance.now() - started;
    if (result.status !== 0) throw new Error(`${name} failed:\n${result.stderr}`);
    return { inside: Number(result.stdout), wall };
  };
  const samples = new Map<string, Sample[]>([...scripts.keys()].map((name) => [name, []]));
  for (let round = 0; round < warmupRounds + runs; round++) {
    for (const name of scripts.keys()) {
      const sample = spawn(name);
      if (round >= warmupRounds) samples.get(name)?.push(sample);
    }
  }
  const raw: ImportSection['raw'] = {};
  for (const [name, list] of samples) {
    raw[name] = {
      script: scripts.get(name) as string,
      insideMs: median(list.map((s) => s.inside)),
      wallMs: median(list.map((s) => s.wall)),
      runs: list.length,
    };
  }
  const ms = (name: string) => raw[name] as { insideMs: number; wallMs: number };

  const rows: Row[] = [];
  for (const { entry, imported, json } of plan) {
    const isRoot = entry.name === '. (root)';
    const wall = (name: string) => `process wall ${ms(name).wallMs.toFixed(0)} ms`;
    const value = { value: ms(imported).insideMs, unit: 'ms' as const, note: wall(imported) };
    if (json === undefined) {
      rows.push(row(SECTION, `import('${entry.specifier}') in-process`, value, 'no data to parse', undefined));
      continue;
    }
    rows.push(
      row(
        SECTION,
        `import('${entry.specifier}') in-process`,
        value,
        `JSON.parse of ${entry.datasets.length} file(s)`,
        { value: ms(json).insideMs, unit: 'ms', note: wall(json) },
        isRoot ? atMost(1.5) : undefined,
      ),
    );
  }
  // The root again, as whole processes net of an empty one.
  const root = plan[0];
  if (root?.json !== undefined) {
    const emptyWall = ms(empty).wallMs;
    rows.push(
      row(
        SECTION,
        `process wall, net of empty (${emptyWall.toFixed(1)} ms): root import`,
        { value: ms(root.imported).wallMs - emptyWall, unit: 'ms' },
        'JSON.parse process, net',
        { value: ms(root.json).wallMs - emptyWall, unit: 'ms', note: 'within noise when not above 0' },
        atMost(1.5),
      ),
    );
  }
  rows.push(row(SECTION, 'empty process wall', { value: ms(empty).wallMs, unit: 'ms' }, 'none', undefined));
  return { rows, raw };
}
