/**
 * 3b. Search at scale, run in a child `node` process: the search engine of src/search (bundled into this child,
 * since the package takes no records of the caller's) over today's records and over synthetic copies of them
 * (10× and 100×), each copy with its own id and one word of its own, so that postings and the vocabulary both
 * grow. Times the index build once and every query of a mixed set (hits, misses, typos, several words, both
 * languages) many times, and prints JSON: the p50 of one query over the whole mix, and per query.
 * Args: the scale factors (default 1 10 100).
 */
import { buildIndex, type Document, query } from '../../src/search/engine.js';
import { searchDocuments } from '../../src/search/search.js';

const QUERIES = [
  'mexico',
  'border',
  'dialogo economico',
  'T-MEC',
  'sheinbaum',
  'visas revocadas',
  'revocación de visas',
  'traslado de reos',
  'USMCA review',
  'national guard troops northern border',
  'Sheinbam',
  'zzzzqqq',
];
const ROUNDS = 25;

function copies<T>(documents: readonly Document<T>[], factor: number): Document<T>[] {
  if (factor === 1) return [...documents];
  return Array.from({ length: factor }, (_, copy) =>
    documents.map((d) => ({
      value: d.value,
      fields: [...d.fields, { text: `copy${copy} ${copy}`, lang: 'any' as const, name: false }],
    })),
  ).flat();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const factors = process.argv.slice(2).map(Number);
const base = searchDocuments();
const output = (factors.length > 0 ? factors : [1, 10, 100]).map((factor) => {
  const documents = copies(base, factor);
  const started = performance.now();
  const index = buildIndex(documents);
  const buildMs = performance.now() - started;
  const all: number[] = [];
  const perQuery: Record<string, number> = {};
  for (const text of QUERIES) for (let i = 0; i < 5; i++) query(index, text, 10, () => true);
  const times: Record<string, number[]> = Object.fromEntries(QUERIES.map((q) => [q, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const text of QUERIES) {
      const start = performance.now();
      query(index, text, 10, () => true);
      const ms = performance.now() - start;
      all.push(ms);
      times[text]?.push(ms);
    }
  for (const text of QUERIES) perQuery[text] = median(times[text] ?? []);
  return {
    factor,
    records: documents.length,
    vocabulary: index.sortedWords.length,
    buildMs,
    p50Ms: median(all),
    maxOfQueryP50Ms: Math.max(...Object.values(perQuery)),
    perQuery,
  };
});
process.stdout.write(JSON.stringify(output));
