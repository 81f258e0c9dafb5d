import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CensusApiError, censusUrl, type Fetch, fetchFlowYear } from '../scripts/lib/census/api.js';
import { RefreshError, toMillions } from '../scripts/lib/census/merge.js';
import { firstRevisableYear } from '../scripts/lib/census/revision-policy.js';
import { refreshTrade } from '../scripts/refresh-trade.js';
import {
  addMonth,
  type CensusResponses,
  constructResponses,
  fakeCensus,
  respond,
  reviseMonth,
  TEST_KEY,
} from './helpers/census-fixtures.js';

const repo = new URL('..', import.meta.url).pathname;
const roots: string[] = [];

/** A copy of data/ to refresh, so that the repository is never written. */
function sandbox(): string {
  const root = mkdtempSync(join(tmpdir(), 'refresh-trade-'));
  cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
const lines = (root: string, file: string) => read(root, file).trim().split('\n');
const TRADE_FILES = ['data/trade/annual.csv', 'data/trade/monthly.csv', 'data/trade/vintages.csv', 'data/sources.json'];
const noSleep = async () => undefined;

async function refresh(root: string, responses: CensusResponses, extra: { now?: string; allowClosed?: boolean } = {}) {
  const { fetch, calls } = fakeCensus(responses);
  const outcome = await refreshTrade({
    root,
    fetch,
    key: TEST_KEY,
    now: new Date(extra.now ?? '2026-11-15T12:00:00Z'),
    allowClosed: extra.allowClosed ?? false,
    sleep: noSleep,
  });
  return { outcome, calls };
}

/** Runs a refresh that must fail, and checks it wrote nothing. */
async function refused(responses: CensusResponses, fetch?: Fetch): Promise<Error> {
  const root = sandbox();
  const before = TRADE_FILES.map((f) => read(root, f));
  const error = await refreshTrade({
    root,
    fetch: fetch ?? fakeCensus(responses).fetch,
    key: TEST_KEY,
    now: new Date('2026-11-15T12:00:00Z'),
    sleep: noSleep,
  }).then(
    () => new Error('the refresh did not fail'),
    (e: unknown) => e as Error,
  );
  expect(TRADE_FILES.map((f) => read(root, f))).toEqual(before);
  expect(readdirSync(root)).toEqual(['data']);
  expect(error.message).not.toContain(TEST_KEY);
  return error;
}

describe('Census client', () => {
  it('asks for country totals of Mexico by name: ALL_VAL_MO exports, GEN_VAL_MO general imports', () => {
    expect(censusUrl('exports', 2024, 'k')).toBe(
      'https://api.census.gov/data/timeseries/intltrade/exports/hs?get=CTY_CODE%2CCTY_NAME%2CALL_VAL_MO%2CALL_VAL_YR&CTY_CODE=2010&time=from%202024-01%20to%202024-12&key=k',
    );
    expect(censusUrl('imports', 2024, 'k')).toContain(
      'timeseries/intltrade/imports/hs?get=CTY_CODE%2CCTY_NAME%2CGEN_VAL_MO',
    );
  });
  it('rounds whole dollars to $0.1 million as Census publishes', () => {
    expect(toMillions(37_826_149_999)).toBe('37826.1');
    expect(toMillions(37_826_150_000)).toBe('37826.2');
  });
  it('retries 429, 5xx and network failures with a growing delay, then gives a clear error', async () => {
    const delays: number[] = [];
    const answers = [respond(503, ''), respond(429, ''), respond(204, '')];
    const fetch: Fetch = async () => answers.shift() ?? respond(500, '');
    expect(await fetchFlowYear('exports', 2030, { fetch, key: 'k', sleep: async (ms) => void delays.push(ms) })).toBe(
      null,
    );
    expect(delays).toEqual([1500, 3000]);
    const failing: Fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(fetchFlowYear('imports', 2024, { fetch: failing, key: 'k', sleep: noSleep })).rejects.toThrow(
      'Census timeseries/intltrade/imports/hs 2024: request failed after 4 attempts (fetch failed)',
    );
    const busy: Fetch = async () => respond(502, '');
    await expect(fetchFlowYear('imports', 2024, { fetch: busy, key: 'k', sleep: noSleep })).rejects.toThrow(
      'HTTP 502 after 4 attempts',
    );
  });
  it('does not retry other statuses', async () => {
    let calls = 0;
    const fetch: Fetch = async () => {
      calls += 1;
      return respond(400, 'error: unknown variable');
    };
    await expect(fetchFlowYear('exports', 2024, { fetch, key: 'k', sleep: noSleep })).rejects.toThrow(
      'Census timeseries/intltrade/exports/hs 2024: HTTP 400',
    );
    expect(calls).toBe(1);
  });
});

describe('npm run refresh:trade against constructed fixtures', () => {
  it('reproduces the data exactly: no diff, no changeset, a report that says so', async () => {
    const root = sandbox();
    const before = TRADE_FILES.map((f) => read(root, f));
    const { outcome, calls } = await refresh(root, constructResponses(repo));
    expect(outcome.result.changes).toEqual([]);
    expect(outcome.written).toEqual([]);
    expect(TRADE_FILES.map((f) => read(root, f))).toEqual(before);
    expect(outcome.report).toContain('No change: the package matches the API.');
    // One request per flow and year, 2010 through the year of the refresh (2026 answers 204).
    expect(calls).toHaveLength(2 * (2026 - 2010 + 1));
    expect(calls[0]).toBe('exports from 2010-01 to 2010-12');
  });

  it('a reordered header changes nothing', async () => {
    const responses = constructResponses(repo);
    for (const [key, body] of responses)
      responses.set(
        key,
        body.map((row) => [...row].reverse()),
      );
    const { outcome } = await refresh(sandbox(), responses);
    expect(outcome.result.changes).toEqual([]);
  });

  it('one new month and one revision: exactly those changes, the history, the report and the changeset', async () => {
    const root = sandbox();
    const before = Object.fromEntries(TRADE_FILES.map((f) => [f, lines(root, f)]));
    const responses = constructResponses(repo);
    addMonth(responses, '2026-01', 27_123_456_789, 41_987_654_321);
    reviseMonth(responses, 'exports', '2025-03', 12_300_000);
    const { outcome } = await refresh(root, responses, { now: '2027-03-10T12:00:00Z' });
    const vintage = 'census-intltrade-api-2027-03';
    expect(outcome.vintage).toBe(vintage);
    const added = (file: string) => lines(root, file).filter((l) => !before[file]?.includes(l));
    const removed = (file: string) => before[file]?.filter((l) => !lines(root, file).includes(l));
    const old2025 = before['data/trade/annual.csv']?.find((l) => l.startsWith('2025,')) ?? '';
    const old202503 = before['data/trade/monthly.csv']?.find((l) => l.startsWith('2025-03,')) ?? '';
    const bump = (line: string) => {
      const [period, exports, imports] = line.split(',');
      return `${period},${(Number(exports) + 12.3).toFixed(1)},${imports},${vintage},true`;
    };
    expect(removed('data/trade/annual.csv')).toEqual([old2025]);
    expect(added('data/trade/annual.csv')).toEqual([bump(old2025)]);
    expect(removed('data/trade/monthly.csv')).toEqual([old202503]);
    expect(added('data/trade/monthly.csv')).toEqual([bump(old202503), `2026-01,27123.5,41987.7,${vintage},true`]);
    // History only grows: every old row stays, and exactly the replaced values and the new month's first release
    // are added (the file keeps its canonical order, by period).
    expect(removed('data/trade/vintages.csv')).toEqual([]);
    expect(added('data/trade/vintages.csv').sort()).toEqual(
      [
        `${old202503.split(',').slice(0, 3).join(',')},,census-country-xlsx-2026-10,superseded`,
        `2026-01,27123.5,41987.7,,${vintage},first-release`,
        `${old2025.split(',').slice(0, 3).join(',')},,census-country-xlsx-2026-10,superseded`,
      ].sort(),
    );
    expect(added('data/sources.json').join('\n')).toContain(`"id": "${vintage}"`);
    expect(outcome.written).toEqual([...TRADE_FILES, '.changeset/trade-refresh-intltrade-api-2027-03.md']);
    expect(read(root, '.changeset/trade-refresh-intltrade-api-2027-03.md')).toBe(
      `---\n"us-mexico-relations": minor\n---\n\nTrade data: Census refresh ${vintage} (U.S. goods trade with Mexico, ` +
        'Census International Trade API) adds 2026-01; revises 2025-03, 2025 (earlier values kept in ' +
        'data/trade/vintages.csv).\n',
    );
    const report = read(root, '.tmp/trade-refresh-report.md');
    expect(report).toBe(outcome.report);
    expect(report).toContain('| 2026-01 | exports | 27,123.5 |');
    expect(report).toContain(
      '## Revisions, largest first\n\n| Period | Flow | Old | New | Δ |\n|---|---|--:|--:|--:|\n| 2025 |',
    );
    expect(report).toMatch(/\| 2025-03 \| exports \| [\d,.]+ \| [\d,.]+ \| \+12\.3 \|/);
    expect(report).not.toContain('closed years');
  });

  it('a revision alone is a patch', async () => {
    const root = sandbox();
    const responses = constructResponses(repo);
    reviseMonth(responses, 'imports', '2024-07', -250_000_000);
    const { outcome } = await refresh(root, responses, { now: '2027-03-10T12:00:00Z' });
    expect(outcome.result.changes.map((c) => [c.period, c.flow, c.delta])).toEqual([
      ['2024-07', 'imports', -250],
      ['2024', 'imports', -250],
    ]);
    expect(read(root, '.changeset/trade-refresh-intltrade-api-2027-03.md')).toMatch(
      /^---\n"us-mexico-relations": patch\n/,
    );
  });

  it('a revision to a closed year is refused, or accepted and flagged with --allow-closed-revisions', async () => {
    const responses = constructResponses(repo);
    reviseMonth(responses, 'exports', '2015-06', 40_000_000);
    const error = await refused(responses);
    expect(error).toBeInstanceOf(RefreshError);
    expect(error.message).toContain(
      'Census changed 2015-06, 2015, closed under its revision rule (data as of 2026-10)',
    );
    const root = sandbox();
    const { outcome } = await refresh(root, responses, { now: '2027-03-10T12:00:00Z', allowClosed: true });
    expect(outcome.result.changes.every((c) => c.closed)).toBe(true);
    expect(outcome.report).toContain('## ⚠️ Revisions to closed years: review before merging');
    expect(outcome.report).toContain('| 2015-06 ⚠️ | exports |');
  });
});

describe('npm run refresh:trade refuses bad answers and writes nothing', () => {
  it('HTTP 204 for every year: every row from 2010 would be lost', async () => {
    const error = await refused(new Map());
    expect(error).toBeInstanceOf(RefreshError);
    expect(error.message).toMatch(/^the API does not answer for 2010-01, 2010-02, .*: no row is dropped$/);
  });
  it('HTTP 204 for a year between published years is a gap', async () => {
    const responses = constructResponses(repo);
    responses.delete('exports:2015');
    responses.delete('imports:2015');
    expect((await refused(responses)).message).toBe('Census: 2016 has data but the months from 2015-01 do not (a gap)');
  });
  it('HTML instead of JSON (a bad key)', async () => {
    const responses = constructResponses(repo);
    const { fetch } = fakeCensus(responses);
    const error = await refused(responses, (url) => fetch(url.replace(TEST_KEY, 'wrong')));
    expect(error).toBeInstanceOf(CensusApiError);
    expect(error.message).toBe(
      'Census timeseries/intltrade/exports/hs 2010: answered with an HTML page instead of JSON: the API key is missing or invalid (CENSUS_API_KEY)',
    );
  });
  it('a body that is not JSON', async () => {
    const error = await refused(new Map(), async () => respond(200, 'error: unknown predicate', 'text/plain'));
    expect(error.message).toContain('the answer is not JSON');
  });
  it('a missing column', async () => {
    const responses = constructResponses(repo);
    const body = responses.get('imports:2012') ?? [];
    responses.set(
      'imports:2012',
      body.map((row) => row.filter((_, i) => i !== 2)),
    );
    const error = await refused(responses);
    expect(error.message).toBe(
      'Census timeseries/intltrade/imports/hs 2012: no column GEN_VAL_MO (columns: CTY_CODE,CTY_NAME,GEN_VAL_YR,time)',
    );
  });
  it('a gap: a month missing from both flows', async () => {
    const responses = constructResponses(repo);
    for (const flow of ['exports', 'imports']) {
      const body = responses.get(`${flow}:2024`) ?? [];
      responses.set(
        `${flow}:2024`,
        body.filter((row) => row[4] !== '2024-05'),
      );
    }
    expect((await refused(responses)).message).toBe('Census: 2024-05 is missing before 2024-06 (a gap)');
  });
  it('a short month: published for one flow only', async () => {
    const responses = constructResponses(repo);
    const body = responses.get('imports:2025') ?? [];
    responses.set('imports:2025', body.slice(0, -1));
    expect((await refused(responses)).message).toBe('Census: 2025-12 has exports but no imports (a short month)');
  });
  it('a row lost: the API stops short of months the package holds', async () => {
    const responses = constructResponses(repo);
    for (const flow of ['exports', 'imports'])
      responses.set(`${flow}:2025`, (responses.get(`${flow}:2025`) ?? []).slice(0, -2));
    expect((await refused(responses)).message).toBe(
      'the API does not answer for 2025-11, 2025-12, which the package holds: no row is dropped',
    );
  });
  it('months that do not sum to the year to date', async () => {
    const responses = constructResponses(repo);
    const row = responses.get('exports:2020')?.[6];
    if (row !== undefined) row[3] = String(Number(row[3]) + 1);
    expect((await refused(responses)).message).toMatch(/^Census: exports of 2020 through 2020-06 sum to \d+, but/);
  });
  it('a value that is not whole dollars, and a wrong country name', async () => {
    const responses = constructResponses(repo);
    const row = responses.get('exports:2011')?.[2];
    if (row !== undefined) row[2] = '1.5E10';
    expect((await refused(responses)).message).toBe(
      'Census timeseries/intltrade/exports/hs 2011: ALL_VAL_MO of 2011-02 is "1.5E10", not whole dollars',
    );
    const renamed = constructResponses(repo);
    const other = renamed.get('imports:2011')?.[1];
    if (other !== undefined) other[1] = 'MEXICO CITY';
    expect((await refused(renamed)).message).toContain('CTY_CODE 2010 is named "MEXICO CITY"');
  });
});

describe("Census's revision rule", () => {
  it('each June revises the three prior years', () => {
    expect(firstRevisableYear('2026-05')).toBe(2023);
    expect(firstRevisableYear('2026-06')).toBe(2024);
    expect(firstRevisableYear('2026-10')).toBe(2024);
    expect(firstRevisableYear('2024-01')).toBe(2021);
  });
});
