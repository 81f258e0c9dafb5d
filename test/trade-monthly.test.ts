import { describe, expect, it } from 'vitest';
import {
  CoverageError,
  InvalidArgumentError,
  tradeMonthSeries,
  tradeMonths,
  tradeSeries,
  tradeYearOverYear,
  tradeYearToDate,
} from '../src/index.js';

describe('monthly helpers', () => {
  it('month rows carry total, balance, vintage and revisable', () => {
    const rows = tradeMonthSeries();
    expect(rows).toHaveLength(tradeMonths().length);
    for (const row of rows) {
      expect(row.totalUsd).toBe(row.exportsUsd + row.importsUsd);
      expect(row.balanceUsd).toBe(row.exportsUsd - row.importsUsd);
    }
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'month',
      'exportsUsd',
      'importsUsd',
      'totalUsd',
      'balanceUsd',
      'vintage',
      'revisable',
    ]);
  });
  it('tradeSeries rows keep their vintage and revisable', () => {
    expect(tradeSeries({ from: 2023, to: 2024 }).map((r) => [r.year, r.vintage, r.revisable])).toEqual([
      [2023, 'census-country-xlsx-2026-10', false],
      [2024, 'census-country-xlsx-2026-10', true],
    ]);
  });
  it('year over year, for years and months', () => {
    const year = tradeYearOverYear(2025);
    expect(year).toMatchObject({ period: '2025', comparedWith: '2024' });
    expect(year.change.totalUsd).toBe(871_596_600_000 - 837_602_200_000);
    expect(year.percent.total).toBeCloseTo(((871_596.6 - 837_602.2) / 837_602.2) * 100, 10);
    const month = tradeYearOverYear('2024-01');
    expect(month.comparedWith).toBe('2023-01');
    expect(month.previous.exportsUsd).toBe(27_258_700_000);
    expect(month.current.exportsUsd).toBe(26_511_500_000);
    expect(month.change.balanceUsd).toBe(-11_314_600_000 - -9_461_800_000);
  });
  it('year to date, through a month or a year', () => {
    const ytd = tradeYearToDate('2024-03');
    expect(ytd.current.exportsUsd).toBe(26_511_500_000 + 27_007_700_000 + 27_075_100_000);
    expect(ytd.previous.importsUsd).toBe(36_720_500_000 + 35_501_900_000 + 42_653_400_000);
    // A complete year: its twelve months, which can differ from the annual figure by Census's rounding.
    const full = tradeYearToDate(2023);
    expect(full.period).toBe('2023-01/2023-12');
    const annual = tradeSeries({ from: 2023, to: 2023 })[0];
    expect(Math.abs(full.current.exportsUsd - (annual?.exportsUsd ?? 0))).toBeLessThanOrEqual(500_000);
  });
  it('bad and uncovered periods', () => {
    expect(() => tradeYearOverYear(1985)).toThrow(CoverageError);
    expect(() => tradeYearOverYear('1985-06')).toThrow(CoverageError);
    expect(() => tradeYearToDate('1985-06')).toThrow(CoverageError);
    expect(() => tradeYearToDate('2031-02')).toThrow(CoverageError);
    expect(() => tradeYearOverYear('2025-13')).toThrow(InvalidArgumentError);
    expect(() => tradeYearToDate(2025.5)).toThrow(InvalidArgumentError);
  });
});
