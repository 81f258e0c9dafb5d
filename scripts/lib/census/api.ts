/**
 * A small client of the Census International Trade API for U.S. goods trade with one country (Mexico, Schedule C
 * code 2010): exports (`ALL_VAL_MO`, f.a.s.) from `timeseries/intltrade/exports/hs` and general imports
 * (`GEN_VAL_MO`, customs value; not imports for consumption) from `timeseries/intltrade/imports/hs`, one request
 * per flow and year. `fetch` is injected so that tests never touch the network.
 *
 * What the API does, and what this client does about it (../shared/research/census-trade-api.md):
 * - the body is a JSON array of string arrays whose first row is the header; columns are read by name, never by
 *   position (predicates such as `time` are appended, and their order is not promised);
 * - values are whole dollars, as strings;
 * - a month not yet published, or before 2010-01, answers HTTP 204 with an empty body;
 * - a missing or invalid key can answer with an HTML page, even with status 200;
 * - 429 and 5xx, and network failures, are transient: retried with a growing delay; anything else fails at once;
 * - error messages name the dataset, year and status, never the request URL (it holds the key).
 */

/** The subset of a fetch `Response` the client reads. */
export interface FetchResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The subset of `fetch` the client calls; the global `fetch` fits. */
export type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<FetchResponse>;

/** Where the API lives. */
export const CENSUS_API_BASE = 'https://api.census.gov/data/';
/** Census (Schedule C) code of Mexico. */
export const MEXICO_CTY_CODE = '2010';
/** The first year the monthly API covers; earlier months stay as the package has them. */
export const FIRST_API_YEAR = 2010;

/** The two flows: the endpoint and the month and year-to-date columns of each. */
export const FLOWS = {
  exports: { dataset: 'timeseries/intltrade/exports/hs', month: 'ALL_VAL_MO', ytd: 'ALL_VAL_YR' },
  imports: { dataset: 'timeseries/intltrade/imports/hs', month: 'GEN_VAL_MO', ytd: 'GEN_VAL_YR' },
} as const;

/** A trade flow. */
export type Flow = keyof typeof FLOWS;

/** Why a request or a response was refused. */
export type CensusFailure = 'http' | 'network' | 'html' | 'json' | 'shape' | 'value' | 'data';

/** A failure of the Census API or of its answer; `reason` says which kind. */
export class CensusApiError extends Error {
  override readonly name = 'CensusApiError';
  constructor(
    message: string,
    readonly reason: CensusFailure,
  ) {
    super(message);
  }
}

/** One month of one flow as the API gives it, in whole dollars. */
export interface FlowMonth {
  readonly month: string;
  /** The month's value. */
  readonly valueUsd: number;
  /** The year-to-date value through this month. */
  readonly ytdUsd: number;
}

/** How the client talks to the API. */
export interface ClientOptions {
  readonly fetch: Fetch;
  /** The API key (`key=`); the API requires one. */
  readonly key: string;
  /** Attempts per request, the first included (default 4). */
  readonly attempts?: number;
  /** Delay before the second attempt, in ms; it grows linearly (default 1500). */
  readonly retryDelayMs?: number;
  /** Timeout of one request, in ms (default 60 000). */
  readonly timeoutMs?: number;
  /** How to wait; injected by tests. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** The request URL for one flow and one calendar year. */
export function censusUrl(flow: Flow, year: number, key: string): string {
  const { dataset, month, ytd } = FLOWS[flow];
  const query = [
    ['get', `CTY_CODE,CTY_NAME,${month},${ytd}`],
    ['CTY_CODE', MEXICO_CTY_CODE],
    ['time', `from ${year}-01 to ${year}-12`],
    ['key', key],
  ]
    .map(([name, value]) => `${name}=${encodeURIComponent(value ?? '')}`)
    .join('&');
  return `${CENSUS_API_BASE}${dataset}?${query}`;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One flow for one year: its months, oldest first, or `null` when the API has nothing for that year (HTTP 204).
 * Throws `CensusApiError` for everything else that is not a clean answer.
 */
export async function fetchFlowYear(flow: Flow, year: number, options: ClientOptions): Promise<FlowMonth[] | null> {
  const { attempts = 4, retryDelayMs = 1500, timeoutMs = 60_000, sleep = wait } = options;
  const what = `Census ${FLOWS[flow].dataset} ${year}`;
  for (let attempt = 1; ; attempt += 1) {
    const last = attempt >= attempts;
    let response: FetchResponse;
    try {
      response = await options.fetch(censusUrl(flow, year, options.key), { signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if (last) {
        const cause = error instanceof Error ? error.message : String(error);
        throw new CensusApiError(`${what}: request failed after ${attempts} attempts (${cause})`, 'network');
      }
      await sleep(retryDelayMs * attempt);
      continue;
    }
    if (response.status === 204) return null;
    if (response.status === 429 || response.status >= 500) {
      if (last) throw new CensusApiError(`${what}: HTTP ${response.status} after ${attempts} attempts`, 'http');
      await sleep(retryDelayMs * attempt);
      continue;
    }
    const body = await response.text();
    if (response.status !== 200) {
      const hint = /key/i.test(body) ? ' (the API key looks missing or invalid: check CENSUS_API_KEY)' : '';
      throw new CensusApiError(`${what}: HTTP ${response.status}${hint}`, 'http');
    }
    return parseFlowBody(body, flow, year, response.headers.get('content-type') ?? '');
  }
}

/** Parses and checks one answer of the API for one flow and year. */
export function parseFlowBody(body: string, flow: Flow, year: number, contentType = ''): FlowMonth[] {
  const what = `Census ${FLOWS[flow].dataset} ${year}`;
  if (/html/i.test(contentType) || body.trimStart().startsWith('<')) {
    const key = /invalid[ _]key|missing[ _]key/i.test(body)
      ? ': the API key is missing or invalid (CENSUS_API_KEY)'
      : '';
    throw new CensusApiError(`${what}: answered with an HTML page instead of JSON${key}`, 'html');
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new CensusApiError(`${what}: the answer is not JSON (starts ${JSON.stringify(body.slice(0, 40))})`, 'json');
  }
  const isRow = (row: unknown): row is string[] => Array.isArray(row) && row.every((cell) => typeof cell === 'string');
  if (!Array.isArray(value) || value.length < 2 || !value.every(isRow)) {
    throw new CensusApiError(`${what}: expected a header row and data rows, all arrays of strings`, 'shape');
  }
  const [header, ...rows] = value as string[][];
  const column = (name: string) => {
    const index = header?.indexOf(name) ?? -1;
    if (index < 0) throw new CensusApiError(`${what}: no column ${name} (columns: ${header?.join(',')})`, 'shape');
    return index;
  };
  const { month: monthColumn, ytd: ytdColumn } = FLOWS[flow];
  const [code, name, time, month, ytd] = ['CTY_CODE', 'CTY_NAME', 'time', monthColumn, ytdColumn].map(column) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const dollars = (text: string | undefined, label: string) => {
    if (text === undefined || !/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      throw new CensusApiError(`${what}: ${label} is ${JSON.stringify(text)}, not whole dollars`, 'value');
    }
    return Number(text);
  };
  const months = new Map<string, FlowMonth>();
  for (const row of rows) {
    if (row[code] !== MEXICO_CTY_CODE) continue;
    const period = row[time] ?? '';
    if (row[name] !== 'MEXICO') {
      throw new CensusApiError(`${what}: CTY_CODE ${MEXICO_CTY_CODE} is named ${JSON.stringify(row[name])}`, 'data');
    }
    if (!new RegExp(`^${year}-(0[1-9]|1[0-2])$`).test(period)) {
      throw new CensusApiError(`${what}: a row has time ${JSON.stringify(period)}, not a month of ${year}`, 'data');
    }
    if (months.has(period)) throw new CensusApiError(`${what}: ${period} appears twice`, 'data');
    months.set(period, {
      month: period,
      valueUsd: dollars(row[month], `${monthColumn} of ${period}`),
      ytdUsd: dollars(row[ytd], `${ytdColumn} of ${period}`),
    });
  }
  if (months.size === 0) throw new CensusApiError(`${what}: no row for CTY_CODE ${MEXICO_CTY_CODE}`, 'data');
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** Goods trade with Mexico from the API: months and complete years, in whole dollars. */
export interface CensusTrade {
  /** Every published month from 2010-01, oldest first, with no gap. */
  readonly months: readonly { readonly month: string; readonly exportsUsd: number; readonly importsUsd: number }[];
  /** Every complete year (December published), from December's year-to-date values. */
  readonly years: readonly { readonly year: number; readonly exportsUsd: number; readonly importsUsd: number }[];
}

/**
 * Fetches both flows for every year from 2010 through `toYear` and checks them together: both flows answer for
 * the same months; months run from January without a gap, and only the last year may be partial; each month's
 * year-to-date value is the sum of the months so far. Throws `CensusApiError` (reason `data`) otherwise.
 */
export async function fetchMexicoTrade(toYear: number, options: ClientOptions): Promise<CensusTrade> {
  const months: { month: string; exportsUsd: number; importsUsd: number }[] = [];
  const years: { year: number; exportsUsd: number; importsUsd: number }[] = [];
  let endedAt: string | undefined;
  for (let year = FIRST_API_YEAR; year <= toYear; year += 1) {
    const exports = await fetchFlowYear('exports', year, options);
    const imports = await fetchFlowYear('imports', year, options);
    if (exports === null && imports === null) {
      endedAt ??= `${year}-01`;
      continue;
    }
    if (endedAt !== undefined) {
      throw new CensusApiError(`Census: ${year} has data but the months from ${endedAt} do not (a gap)`, 'data');
    }
    const byMonth = (list: FlowMonth[] | null) => new Map((list ?? []).map((m) => [m.month, m]));
    const e = byMonth(exports);
    const i = byMonth(imports);
    for (const [flow, mine, other] of [
      ['exports', e, i],
      ['imports', i, e],
    ] as const) {
      for (const month of mine.keys()) {
        if (!other.has(month)) {
          throw new CensusApiError(
            `Census: ${month} has ${flow} but no ${flow === 'exports' ? 'imports' : 'exports'} (a short month)`,
            'data',
          );
        }
      }
    }
    const sums = { exports: 0, imports: 0 };
    let number = 0;
    for (const month of [...e.keys()].sort()) {
      number += 1;
      const expected = `${year}-${String(number).padStart(2, '0')}`;
      if (month !== expected) {
        throw new CensusApiError(`Census: ${expected} is missing before ${month} (a gap)`, 'data');
      }
      if (endedAt !== undefined) throw new CensusApiError(`Census: ${month} follows a gap from ${endedAt}`, 'data');
      const ex = e.get(month) as FlowMonth;
      const im = i.get(month) as FlowMonth;
      sums.exports += ex.valueUsd;
      sums.imports += im.valueUsd;
      for (const [flow, entry, sum] of [
        ['exports', ex, sums.exports],
        ['imports', im, sums.imports],
      ] as const) {
        if (entry.ytdUsd !== sum) {
          throw new CensusApiError(
            `Census: ${flow} of ${year} through ${month} sum to ${sum}, but the year-to-date value is ${entry.ytdUsd}`,
            'data',
          );
        }
      }
      months.push({ month, exportsUsd: ex.valueUsd, importsUsd: im.valueUsd });
    }
    if (number === 12) years.push({ year, exportsUsd: sums.exports, importsUsd: sums.imports });
    else endedAt = `${year}-${String(number + 1).padStart(2, '0')}`;
  }
  return { months, years };
}
