import { describe, expect, it } from 'vitest';
import {
  CoverageError,
  InvalidArgumentError,
  NotFoundError,
  tradeBalance,
  tradeExports,
  tradeImports,
  tradeRevisions,
  tradeTotal,
  tradeVintage,
} from '../src/index.js';

describe('trade vintages', () => {
  it('the first release of a year comes only from figures the package already cites', () => {
    expect(tradeTotal(2023, { vintage: 'first-release' })).toBe(798_900_000_000);
    expect(tradeExports(2023, { vintage: 'first-release' })).toBe(323_100_000_000);
    expect(tradeImports(2023, { vintage: 'first-release' })).toBe(475_600_000_000);
    expect(tradeTotal(2024, { vintage: 'first-release' })).toBe(839_892_000_000);
    expect(tradeBalance(2024, { vintage: 'first-release' })).toBe(-171_810_000_000);
    expect(tradeTotal(2019, { vintage: 'first-release' })).toBe(614_500_000_000);
    expect(tradeTotal(2022, { vintage: 'first-release' })).toBe(779_300_000_000);
    // 2022's first release is known only as a total.
    expect(() => tradeExports(2022, { vintage: 'first-release' })).toThrow(NotFoundError);
    // Years without a first-release value held.
    for (const year of [1985, 2020, 2021, 2025]) {
      expect(() => tradeTotal(year, { vintage: 'first-release' })).toThrow(NotFoundError);
    }
  });
  it('latest is the default and the current value', () => {
    expect(tradeTotal(2023, { vintage: 'latest' })).toBe(tradeTotal(2023));
    expect(tradeVintage(2023)).toMatchObject({ vintage: 'census-country-xlsx-2026-10', latest: true });
  });
  it('a named vintage, and the list of a period’s revisions, oldest first', () => {
    expect(tradeTotal(2021, { vintage: 'census-country-xlsx-2024-01' })).toBe(659_666_300_000);
    expect(tradeRevisions(2022).map((r) => [r.vintage, r.firstRelease, r.latest, r.totalUsd])).toEqual([
      ['newstodayheadlinez-2022-trade', true, false, 779_300_000_000],
      ['census-country-xlsx-2024-01', false, false, 779_084_200_000],
      ['census-country-xlsx-2026-10', false, true, 779_031_100_000],
    ]);
    expect(tradeRevisions('2023-01').map((r) => [r.vintage, r.exportsUsd])).toEqual([
      ['census-country-xlsx-2024-01', 26_948_400_000],
      ['census-country-xlsx-2026-10', 27_258_700_000],
    ]);
    expect(tradeRevisions('2020-06')).toHaveLength(1);
  });
  it('bad periods and vintages', () => {
    expect(() => tradeRevisions('2023-13')).toThrow(InvalidArgumentError);
    expect(() => tradeRevisions(1960)).toThrow(CoverageError);
    expect(() => tradeRevisions('2031-01')).toThrow(CoverageError);
    expect(() => tradeVintage(2023, 'census-2099')).toThrow(
      "No vintage matches 'census-2099' for '2023'. Did you mean 'latest', 'first-release', 'crs-if11175-2024-06-06', 'census-country-xlsx-2026-10'?",
    );
  });
});
