import { describe, expect, it } from 'vitest';
import {
  CoverageError,
  getTradeYear,
  InvalidArgumentError,
  InvalidDateError,
  InvalidRangeError,
  mexicoRank,
  tradeBalance,
  tradeChange,
  tradeCoverage,
  tradeExports,
  tradeImports,
  tradeMonths,
  tradeSeries,
  tradeTotal,
  tradeYears,
} from '../src/index.js';

describe('annual series', () => {
  it('covers 1985–2025 without gaps', () => {
    expect(tradeCoverage()).toEqual({ from: 1985, to: 2025 });
    expect(tradeYears().map((y) => y.year)).toEqual(Array.from({ length: 41 }, (_, i) => 1985 + i));
  });
  it('holds Census values in whole dollars with their vintage', () => {
    expect(getTradeYear(1985)).toMatchObject({
      exportsUsd: 13_634_700_000,
      importsUsd: 19_131_700_000,
      vintage: 'census-country-xlsx-2024-01',
      revisable: false,
    });
    expect(getTradeYear(2025)).toMatchObject({
      exportsUsd: 337_281_700_000,
      importsUsd: 534_314_900_000,
      vintage: 'census-country-xlsx-2026-10',
      revisable: true,
    });
    // Census's rule: after the June 2026 revision (data as of 2026-10), 2023 is final and 2024 onward may change.
    expect(getTradeYear(2023)?.revisable).toBe(false);
    expect(getTradeYear(2024)?.revisable).toBe(true);
  });
  it('derives totals, balances, exports and imports', () => {
    expect(tradeTotal(2023)).toBe(797_324_600_000);
    expect(tradeBalance(2023)).toBe(-148_472_800_000);
    expect(tradeExports(2024)).toBe(334_492_100_000);
    expect(tradeImports(2024)).toBe(503_110_100_000);
    expect(tradeBalance(1992)).toBe(5_381_200_000);
  });
  it('tradeSeries returns derived rows over a range', () => {
    const rows = tradeSeries({ from: 2019, to: 2020 });
    expect(rows).toEqual([
      {
        year: 2019,
        exportsUsd: 256_676_500_000,
        importsUsd: 356_093_600_000,
        totalUsd: 612_770_100_000,
        balanceUsd: -99_417_100_000,
        vintage: 'census-country-xlsx-2024-01',
        revisable: false,
      },
      {
        year: 2020,
        exportsUsd: 212_512_800_000,
        importsUsd: 323_476_900_000,
        totalUsd: 535_989_700_000,
        balanceUsd: -110_964_100_000,
        vintage: 'census-country-xlsx-2024-01',
        revisable: false,
      },
    ]);
    expect(tradeSeries()).toHaveLength(41);
    expect(tradeSeries({ from: 2025 })).toHaveLength(1);
  });
  it('tradeChange gives absolute, percent and compound growth', () => {
    const change = tradeChange(2020, 2025);
    expect(change.absoluteUsd).toBe(871_596_600_000 - 535_989_700_000);
    expect(change.percent).toBeCloseTo(62.6144, 3);
    expect(change.cagrPercent).toBeCloseTo(((871_596_600_000 / 535_989_700_000) ** (1 / 5) - 1) * 100, 10);
    expect(tradeChange(2023, 2023)).toEqual({ absoluteUsd: 0, percent: 0, cagrPercent: 0 });
  });
  it('mexicoRank answers where a source gives the rank, else undefined', () => {
    expect(mexicoRank(2019)).toBe(1);
    expect(mexicoRank(2022)).toBe(2);
    expect(mexicoRank(2023)).toBe(1);
    expect(mexicoRank(2024)).toBe(1);
    expect(mexicoRank(2000)).toBeUndefined();
    expect(mexicoRank(3000)).toBeUndefined();
  });
});

describe('monthly series', () => {
  it('runs from 1985-01 to 2025-12', () => {
    const all = tradeMonths();
    expect(all).toHaveLength(41 * 12);
    expect(all[0]?.month).toBe('1985-01');
    expect(all.at(-1)?.month).toBe('2025-12');
  });
  it('returns months overlapping the range, whatever the precision of its ends', () => {
    expect(tradeMonths({ from: '2025-11-15', to: '2025' }).map((m) => m.month)).toEqual(['2025-11', '2025-12']);
    expect(tradeMonths({ from: '2020', to: '2020' })).toHaveLength(12);
    expect(
      tradeMonths({ from: new Date(Date.UTC(2024, 0, 31)), to: new Date(Date.UTC(2024, 1, 1)) }).map((m) => m.month),
    ).toEqual(['2024-01', '2024-02']);
  });
  it('months of each year sum to the year within $0.5 million', () => {
    for (const year of tradeYears()) {
      const months = tradeMonths({ from: String(year.year), to: String(year.year) });
      expect(Math.abs(months.reduce((sum, m) => sum + m.exportsUsd, 0) - year.exportsUsd)).toBeLessThanOrEqual(500_000);
      expect(Math.abs(months.reduce((sum, m) => sum + m.importsUsd, 0) - year.importsUsd)).toBeLessThanOrEqual(500_000);
    }
  });
});

describe('bad input', () => {
  const valueFunctions = { tradeTotal, tradeBalance, tradeExports, tradeImports };
  it.each(Object.entries(valueFunctions))('%s rejects non-years and years outside the series', (_, fn) => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1.5, '2023', null, undefined]) {
      expect(() => fn(bad as number)).toThrow(InvalidArgumentError);
      expect(() => fn(bad as number)).toThrow(/^year must be a whole number; got /);
    }
    for (const outside of [1984, 2026, -1, 0]) {
      expect(() => fn(outside)).toThrow(CoverageError);
      expect(() => fn(outside)).toThrow(`year ${outside} is outside the goods-trade series, which covers 1985–2025.`);
    }
    try {
      fn(1960);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      expect((error as CoverageError).covered).toEqual({ from: 1985, to: 2025 });
      expect((error as CoverageError).code).toBe('OUT_OF_COVERAGE');
    }
  });
  it('getTradeYear returns undefined outside the series but throws for a non-year', () => {
    expect(getTradeYear(1900)).toBeUndefined();
    expect(() => getTradeYear(2023.5)).toThrow(InvalidArgumentError);
  });
  it('tradeSeries and tradeChange reject reversed and uncovered ranges', () => {
    expect(() => tradeSeries({ from: 2024, to: 2020 })).toThrow(InvalidRangeError);
    expect(() => tradeSeries({ from: 2024, to: 2020 })).toThrow('from (2024) is after to (2020).');
    expect(() => tradeSeries({ from: 1970 })).toThrow(
      'from 1970 is outside the goods-trade series, which covers 1985–2025.',
    );
    expect(() => tradeSeries('2020' as never)).toThrow('options must be an object; got "2020".');
    expect(() => tradeChange(2025, 2020)).toThrow(InvalidRangeError);
    expect(() => tradeChange(2020, 2030)).toThrow('toYear 2030 is outside');
  });
  it('tradeMonths rejects bad dates, reversed ranges and ranges outside the series', () => {
    expect(() => tradeMonths({ from: '2025-13' })).toThrow(InvalidDateError);
    expect(() => tradeMonths({ from: '2025-02-30' })).toThrow(
      'from must be a YYYY, YYYY-MM or YYYY-MM-DD calendar date or a valid Date; got "2025-02-30".',
    );
    expect(() => tradeMonths({ to: new Date(Number.NaN) })).toThrow(
      'to must be a YYYY, YYYY-MM or YYYY-MM-DD calendar date or a valid Date; got Invalid Date.',
    );
    expect(() => tradeMonths({ from: '' })).toThrow(InvalidDateError);
    expect(() => tradeMonths({ from: '2025', to: '2024' })).toThrow(InvalidRangeError);
    expect(() => tradeMonths({ from: '1970', to: '1980' })).toThrow(CoverageError);
    expect(() => tradeMonths({ from: '2030' })).toThrow(
      'The monthly goods-trade series covers 1985-01 to 2025-12; the range asked for lies outside it.',
    );
  });
  it('mexicoRank rejects a non-year', () => {
    expect(() => mexicoRank(Number.NaN)).toThrow(InvalidArgumentError);
  });
});
