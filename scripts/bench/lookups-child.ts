/**
 * 3. Lookups, run in a child `node` process against the installed package: getInitiative by id, acronym and
 * accent-free Spanish name, getPlace by ISO code, against `Map.get` on a prebuilt Map of the same record objects
 * keyed by the key as written; and search('mexico') against a naive substring scan over prebuilt folded text of the
 * same records. Prints JSON.
 */
import { readFileSync } from 'node:fs';
import type * as Package from '../../src/index.js';
import { measure, type MicroTask } from './micro.js';

const spec: string = 'us-mexico-relations';
const pkg = (await import(spec)) as typeof Package;
const dataFile = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`./node_modules/us-mexico-relations/dist/data/${name}.json`, import.meta.url), 'utf8'),
  ) as { id: string }[];

type Lookup = (key: string) => unknown;
/** The same record objects the package returns, keyed by every key as written. */
function mapOf<T>(
  ids: readonly string[],
  get: (id: string) => T | undefined,
  keysOf: (record: T) => readonly string[],
): Map<string, T> {
  const map = new Map<string, T>();
  for (const id of ids) {
    const record = get(id);
    if (record === undefined) throw new Error(`no record ${id}`);
    for (const key of keysOf(record)) map.set(key, record);
  }
  return map;
}
const initiativeMap = mapOf(
  dataFile('initiatives').map((r) => r.id),
  pkg.getInitiative,
  pkg.initiativeKeys,
);
const placeMap = mapOf(
  dataFile('places').map((r) => r.id),
  pkg.getPlace,
  pkg.placeKeys,
);

const CALLS = 1000;
function batch(lookup: Lookup, key: string): () => void {
  return () => {
    for (let i = 0; i < CALLS; i++) if (lookup(key) === undefined) throw new Error(`nothing for ${key}`);
  };
}

interface Case {
  readonly name: string;
  readonly call: Lookup;
  readonly key: string;
  readonly map: Map<string, unknown>;
  /** The key as written in the data, which the Map is keyed by. */
  readonly mapKey: string;
}
const cases: Case[] = [
  { name: "getInitiative('usmca') (id)", call: pkg.getInitiative, key: 'usmca', map: initiativeMap, mapKey: 'usmca' },
  {
    name: "getInitiative('T-MEC') (acronym)",
    call: pkg.getInitiative,
    key: 'T-MEC',
    map: initiativeMap,
    mapKey: 'T-MEC',
  },
  {
    name: "getInitiative('mision cortafuegos') (es name, no accents)",
    call: pkg.getInitiative,
    key: 'mision cortafuegos',
    map: initiativeMap,
    mapKey: 'Misión Cortafuegos',
  },
  { name: "getPlace('MX-NLE') (ISO code)", call: pkg.getPlace, key: 'MX-NLE', map: placeMap, mapKey: 'MX-NLE' },
];
for (const c of cases) {
  // Same record either way, or the comparison is meaningless.
  if (c.call(c.key) !== c.map.get(c.mapKey)) throw new Error(`${c.name} and Map.get('${c.mapKey}') differ`);
}

// Search baseline: every record search looks through, its names and texts folded once, scanned with includes().
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
const records = [
  ...pkg.initiatives().map((r) => [r.name.en, r.name.es, r.summary.en, r.summary.es, ...pkg.initiativeKeys(r)]),
  ...pkg.timeline().map((r) => [r.id, r.title.en, r.title.es, r.summary.en, r.summary.es]),
  ...pkg.actors().map((r) => pkg.actorKeys(r)),
  ...[...new Set(placeMap.values())].map((r) => pkg.placeKeys(r)),
  ...pkg.figures().map((r) => [r.id, r.label.en, r.label.es]),
];
const haystacks = records.map((texts) => fold(texts.join(' ')));
const SEARCH_CALLS = 20;
const searchWord = 'mexico';
const hits = pkg.search(searchWord).length;
const scanHits = haystacks.filter((h) => h.includes(searchWord)).length;

const tasks: MicroTask[] = [];
for (const c of cases) {
  tasks.push({ name: c.name, fn: batch(c.call, c.key), callsPerSample: CALLS });
  tasks.push({ name: `${c.name} baseline`, fn: batch((k) => c.map.get(k), c.mapKey), callsPerSample: CALLS });
}
tasks.push({
  name: 'search',
  fn: () => {
    for (let i = 0; i < SEARCH_CALLS; i++) if (pkg.search(searchWord).length === 0) throw new Error('no hits');
  },
  callsPerSample: SEARCH_CALLS,
});
tasks.push({
  name: 'search baseline',
  fn: () => {
    for (let i = 0; i < SEARCH_CALLS; i++)
      if (haystacks.filter((h) => h.includes(searchWord)).length === 0) throw new Error('no hits');
  },
  callsPerSample: SEARCH_CALLS,
});

const timings = await measure(tasks, { time: 700, warmupTime: 200 });
process.stdout.write(
  JSON.stringify({
    cases: cases.map((c) => ({
      name: c.name,
      key: c.key,
      mapKey: c.mapKey,
      value: timings[c.name],
      baseline: timings[`${c.name} baseline`],
    })),
    search: {
      word: searchWord,
      hits,
      records: haystacks.length,
      scanHits,
      value: timings.search,
      baseline: timings['search baseline'],
    },
  }),
);
