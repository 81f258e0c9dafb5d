/**
 * CONSTRUCTED Census API responses, for tests without the network. No real response of the API for Mexico's
 * `ALL_VAL_MO`/`GEN_VAL_MO` has been recorded (census.gov is not reachable from the project's machines), so these
 * are built in the API's documented shape (../shared/research/census-trade-api.md §1.4: a JSON array of string
 * arrays, header first, `time` appended, whole dollars as strings) from the values the package ships.
 *
 * The package holds $ millions with one decimal; the API gives whole dollars. Each month is built as its published
 * value plus a few thousand dollars, spread so that the months add up exactly to the published annual figure (as
 * in Census's unrounded data): rounding the months gives the monthly table back, and the December year-to-date
 * value gives the annual table back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Fetch, FIRST_API_YEAR, FLOWS, type Flow } from '../../scripts/lib/census/api.js';

/** Bodies by `flow:year`, each the API's answer for that flow and year. */
export type CensusResponses = Map<string, string[][]>;

const rowsOf = (text: string) =>
  text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

/** The API's answers that reproduce the package's trade tables below `root`, from 2010 on. */
export function constructResponses(root: string): CensusResponses {
  const annual = rowsOf(readFileSync(join(root, 'data/trade/annual.csv'), 'utf8'));
  const monthly = rowsOf(readFileSync(join(root, 'data/trade/monthly.csv'), 'utf8'));
  const responses: CensusResponses = new Map();
  const years = [...new Set(monthly.map(([month = '']) => Number(month.slice(0, 4))))].filter(
    (y) => y >= FIRST_API_YEAR,
  );
  for (const year of years) {
    const months = monthly.filter(([month = '']) => month.startsWith(`${year}-`));
    const yearRow = annual.find(([y]) => Number(y) === year);
    for (const [index, flow] of (['exports', 'imports'] as const).entries()) {
      const dollars = months.map((row) => Math.round(Number(row[index + 1]) * 1e6));
      if (yearRow !== undefined) {
        // Spread the rounding gap over the months, never moving a month across its rounding boundary.
        let gap = Math.round(Number(yearRow[index + 1]) * 1e6) - dollars.reduce((a, b) => a + b, 0);
        for (let i = 0; i < dollars.length && gap !== 0; i += 1) {
          const value = dollars[i] ?? 0;
          const tenths = Math.round(value / 1e5);
          const room = gap > 0 ? (tenths + 0.5) * 1e5 - 1 - value : (tenths - 0.5) * 1e5 - value;
          const step = gap > 0 ? Math.min(gap, room) : Math.max(gap, room);
          dollars[i] = value + step;
          gap -= step;
        }
        if (gap !== 0) throw new Error(`cannot construct ${flow} ${year}: months are too far from the year`);
      }
      const { month: monthColumn, ytd } = FLOWS[flow];
      let sum = 0;
      responses.set(`${flow}:${year}`, [
        ['CTY_CODE', 'CTY_NAME', monthColumn, ytd, 'time'],
        ...months.map(([month = ''], i) => {
          sum += dollars[i] ?? 0;
          return ['2010', 'MEXICO', String(dollars[i]), String(sum), month];
        }),
      ]);
    }
  }
  return responses;
}

/** Adds a month (both flows) after the last one of the responses, in whole dollars. */
export function addMonth(responses: CensusResponses, month: string, exportsUsd: number, importsUsd: number): void {
  const year = Number(month.slice(0, 4));
  for (const [flow, value] of [
    ['exports', exportsUsd],
    ['imports', importsUsd],
  ] as const) {
    const { month: monthColumn, ytd } = FLOWS[flow];
    const body = responses.get(`${flow}:${year}`) ?? [['CTY_CODE', 'CTY_NAME', monthColumn, ytd, 'time']];
    const last = body.length > 1 ? Number(body[body.length - 1]?.[3]) : 0;
    body.push(['2010', 'MEXICO', String(value), String(last + value), month]);
    responses.set(`${flow}:${year}`, body);
  }
}

/** Changes one month of one flow by `deltaUsd`, keeping the year-to-date values consistent. */
export function reviseMonth(responses: CensusResponses, flow: Flow, month: string, deltaUsd: number): void {
  const body = responses.get(`${flow}:${month.slice(0, 4)}`);
  if (body === undefined) throw new Error(`no response for ${flow} ${month}`);
  let after = false;
  for (const row of body.slice(1)) {
    if (row[4] === month) {
      row[2] = String(Number(row[2]) + deltaUsd);
      after = true;
    }
    if (after) row[3] = String(Number(row[3]) + deltaUsd);
  }
}

/** A minimal `Response` for the fake fetch. */
export function respond(status: number, body: string, contentType = 'application/json;charset=utf-8') {
  return {
    status,
    headers: { get: (name: string) => (name === 'content-type' ? contentType : null) },
    text: async () => body,
  };
}

/** The key the fake API accepts. */
export const TEST_KEY = 'test-key-0123456789';

/**
 * A fake of the API over `responses`: HTTP 204 for a year it has nothing for, an HTML page for a wrong key.
 * `calls` records each request (dataset and time, never the key).
 */
export function fakeCensus(responses: CensusResponses): { fetch: Fetch; calls: string[] } {
  const calls: string[] = [];
  const fetch: Fetch = async (url) => {
    const parsed = new URL(url);
    const flow = (Object.keys(FLOWS) as Flow[]).find((f) => parsed.pathname.endsWith(FLOWS[f].dataset));
    const time = parsed.searchParams.get('time') ?? '';
    calls.push(`${flow} ${time}`);
    if (parsed.searchParams.get('key') !== TEST_KEY) {
      return respond(200, '<html><body>Invalid Key: a valid key must be supplied</body></html>', 'text/html');
    }
    const year = /^from (\d{4})-01 to \1-12$/.exec(time)?.[1];
    const body = responses.get(`${flow}:${year}`);
    return body === undefined || body.length < 2 ? respond(204, '') : respond(200, JSON.stringify(body));
  };
  return { fetch, calls };
}
