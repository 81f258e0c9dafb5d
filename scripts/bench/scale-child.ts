/**
 * 4. Scale, run in child `node --expose-gc` processes against the installed package: createTimeline over synthetic
 * events of mixed precision (year, month, day), its build time (one build per fresh process, see `timeBuild`) and
 * retained memory, and date-range queries over a narrow and a wide window, against
 *   - a hand-written index over plain arrays: the same idea as src/timeline/event-index.ts (sort by first day,
 *     binary search for `from - longestSpan`, scan while start <= `to`, keep last >= `from`), and
 *   - a naive Array.filter over the same events in input order, their spans precomputed in parallel arrays.
 * Both baselines parse the window's `YYYY-MM-DD` strings themselves, as the package does. Prints JSON.
 */
import type * as Package from '../../src/index.js';
import { DOMAINS, EVENT_KINDS } from '../../src/core/vocabulary.js';
import { measure, type Timing } from './micro.js';

const spec: string = 'us-mexico-relations';
const pkg = (await import(spec)) as typeof Package;
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

const DAY_MS = 86_400_000;
const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;
const pad = (n: number) => String(n).padStart(2, '0');

/** First and last day of a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), years 1000 and later. */
function spanOf(date: string): [number, number] {
  const year = Number(date.slice(0, 4));
  if (date.length === 4) return [dayOf(year, 1, 1), dayOf(year, 12, 31)];
  const month = Number(date.slice(5, 7));
  if (date.length === 7) return [dayOf(year, month, 1), dayOf(year, month + 1, 1) - 1];
  const day = dayOf(year, month, Number(date.slice(8, 10)));
  return [day, day];
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_DAY = dayOf(1990, 1, 1);
const LAST_DAY = dayOf(2025, 12, 31);
/** Precision mix: 10% year, 30% month, 60% day. */
function syntheticEvents(n: number): unknown[] {
  const next = random(n);
  const events: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = new Date((FIRST_DAY + Math.floor(next() * (LAST_DAY - FIRST_DAY + 1))) * DAY_MS);
    const p = next();
    const ymd = [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())];
    const date = p < 0.1 ? `${ymd[0]}` : p < 0.4 ? `${ymd[0]}-${ymd[1]}` : ymd.join('-');
    events[i] = {
      id: `ev-${i}`,
      date,
      kind: EVENT_KINDS[i % EVENT_KINDS.length],
      title: { en: `Event ${i}`, es: `Evento ${i}` },
      summary: { en: 'A synthetic event.', es: 'Un evento sintético.' },
      domains: [DOMAINS[i % DOMAINS.length]],
      initiatives: [],
      actors: [],
      places: [],
      figures: [],
      sources: [{ source: 'synthetic' }],
    };
  }
  return events;
}

type Event = { readonly date: string };

/** The hand-written index: plain arrays sorted by first day. */
interface HandIndex {
  readonly events: Event[];
  readonly first: Float64Array;
  readonly last: Float64Array;
  readonly longestSpan: number;
}

function handBuild(input: readonly Event[]): HandIndex {
  const n = input.length;
  const firstIn = new Float64Array(n);
  const lastIn = new Float64Array(n);
  let longestSpan = 0;
  for (let i = 0; i < n; i++) {
    const [f, l] = spanOf((input[i] as Event).date);
    firstIn[i] = f;
    lastIn[i] = l;
    if (l - f > longestSpan) longestSpan = l - f;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (firstIn[a] as number) - (firstIn[b] as number));
  const events = new Array<Event>(n);
  const first = new Float64Array(n);
  const last = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = order[i] as number;
    events[i] = input[j] as Event;
    first[i] = firstIn[j] as number;
    last[i] = lastIn[j] as number;
  }
  return { events, first, last, longestSpan };
}

function lowerBound(days: Float64Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as number) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

function handQuery(index: HandIndex, fromText: string, toText: string): Event[] {
  const from = spanOf(fromText)[0];
  const to = spanOf(toText)[1];
  const found: Event[] = [];
  const { first, last, events } = index;
  for (let i = lowerBound(first, from - index.longestSpan); i < first.length && (first[i] as number) <= to; i++) {
    if ((last[i] as number) >= from) found.push(events[i] as Event);
  }
  return found;
}

function naiveFilter(
  events: readonly Event[],
  first: Float64Array,
  last: Float64Array,
  fromText: string,
  toText: string,
): Event[] {
  const from = spanOf(fromText)[0];
  const to = spanOf(toText)[1];
  return events.filter((_, i) => (first[i] as number) <= to && (last[i] as number) >= from);
}

const WINDOWS = {
  narrow: { from: '2010-06-14', to: '2010-06-16' },
  wide: { from: '2005-01-01', to: '2008-12-31' },
} as const;

/** Bytes the process holds: V8 heap plus ArrayBuffers (the index's Float64Arrays live outside the heap). */
function held(): number {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** The queries' result: per window, the counts and the timings against both baselines. */
interface QueryResult {
  readonly n: number;
  readonly memory: { readonly timelineBytesPerEvent: number; readonly inputBytesPerEvent: number };
  readonly longestSpanDays: number;
  readonly queries: Record<
    keyof typeof WINDOWS,
    {
      readonly from: string;
      readonly to: string;
      readonly results: number;
      readonly scanned: number;
      readonly value: Timing;
      readonly hand: Timing;
      readonly filter: Timing;
    }
  >;
}

/**
 * One build, timed alone in this fresh process after a full GC, with nothing else built: so that neither kind pays
 * for the other's garbage or for a large heap left by an earlier sample (the old harness timed the hand-written
 * index while a 1e6-event timeline was still alive, which inflated the baseline several times over).
 */
function timeBuild(kind: string, n: number): number {
  const input = syntheticEvents(n) as Event[];
  held();
  const started = performance.now();
  const built = kind === 'createTimeline' ? pkg.createTimeline(input) : handBuild(input);
  const ms = performance.now() - started;
  if (built === undefined) throw new Error('no build');
  return ms;
}

async function queries(n: number): Promise<QueryResult> {
  const before = held();
  const input = syntheticEvents(n) as Event[];
  const afterInput = held();
  const timeline = pkg.createTimeline(input);
  const afterBuild = held();
  const handIndex = handBuild(input);

  // The naive filter's spans, in input order.
  const first = new Float64Array(n);
  const last = new Float64Array(n);
  input.forEach((e, i) => {
    [first[i], last[i]] = spanOf(e.date);
  });

  const result = {} as QueryResult['queries'];
  for (const [name, { from, to }] of Object.entries(WINDOWS) as [
    keyof typeof WINDOWS,
    { from: string; to: string },
  ][]) {
    const expected = timeline.query({ from, to }).length;
    const handCount = handQuery(handIndex, from, to).length;
    const filterCount = naiveFilter(input, first, last, from, to).length;
    if (handCount !== expected || filterCount !== expected)
      throw new Error(`n=${n} ${name}: package ${expected}, hand-written ${handCount}, filter ${filterCount}`);
    const calls = n <= 1e4 ? 100 : 1;
    const loop = (query: () => Event[] | readonly unknown[]) => () => {
      for (let i = 0; i < calls; i++) if (query().length !== expected) throw new Error('count changed');
    };
    const scanned =
      lowerBound(handIndex.first, spanOf(to)[1] + 1) -
      lowerBound(handIndex.first, spanOf(from)[0] - handIndex.longestSpan);
    const t = await measure(
      [
        { name: 'package', fn: loop(() => timeline.query({ from, to })), callsPerSample: calls },
        { name: 'hand', fn: loop(() => handQuery(handIndex, from, to)), callsPerSample: calls },
        { name: 'filter', fn: loop(() => naiveFilter(input, first, last, from, to)), callsPerSample: calls },
      ],
      n >= 1e6 ? { time: 400, warmupTime: 100, iterations: 10, warmupIterations: 3 } : { time: 250, warmupTime: 100 },
    );
    result[name] = { from, to, results: expected, scanned, value: t.package!, hand: t.hand!, filter: t.filter! };
  }
  return {
    n,
    memory: { timelineBytesPerEvent: (afterBuild - afterInput) / n, inputBytesPerEvent: (afterInput - before) / n },
    longestSpanDays: handIndex.longestSpan,
    queries: result,
  };
}

// `build <createTimeline|hand> <n>` times one build; `queries <n>…` measures memory and range queries.
const [mode, ...args] = process.argv.slice(2);
if (mode === 'build') {
  process.stdout.write(JSON.stringify(timeBuild(args[0] as string, Number(args[1]))));
} else {
  const results: QueryResult[] = [];
  for (const n of args.map(Number)) {
    results.push(await queries(n));
    process.stderr.write(`  queries n=${n} done\n`);
  }
  process.stdout.write(JSON.stringify(results));
}
