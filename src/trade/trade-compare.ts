import { CoverageError, InvalidArgumentError } from '../core/errors.js';
import { tradeMonths as months } from '../generated/trade-months.js';
import { coveredYear } from './coverage.js';
import type { TradeComparison, TradeFlows } from './types.js';
import { periodKey } from './vintages.js';
import { derivedFlows } from './flows.js';

const flowsOf = (records: readonly { exportsUsd: number; importsUsd: number }[]): TradeFlows => {
  const exportsUsd = records.reduce((sum, r) => sum + r.exportsUsd, 0);
  const importsUsd = records.reduce((sum, r) => sum + r.importsUsd, 0);
  return { exportsUsd, importsUsd, ...derivedFlows({ exportsUsd, importsUsd }) };
};

const percent = (now: number, before: number) => ((now - before) / before) * 100;

function compare(period: string, comparedWith: string, current: TradeFlows, previous: TradeFlows): TradeComparison {
  return {
    period,
    comparedWith,
    current,
    previous,
    change: {
      exportsUsd: current.exportsUsd - previous.exportsUsd,
      importsUsd: current.importsUsd - previous.importsUsd,
      totalUsd: current.totalUsd - previous.totalUsd,
      balanceUsd: current.balanceUsd - previous.balanceUsd,
    },
    percent: {
      exports: percent(current.exportsUsd, previous.exportsUsd),
      imports: percent(current.importsUsd, previous.importsUsd),
      total: percent(current.totalUsd, previous.totalUsd),
    },
  };
}

/** The months from January through `month` of its year, or a `CoverageError` naming what is missing. */
function monthsThrough(month: string, argument: string): ReturnType<typeof months>[number][] {
  const year = month.slice(0, 4);
  const wanted = months().filter((r) => r.month.startsWith(`${year}-`) && r.month <= month);
  if (wanted.length !== Number(month.slice(5, 7))) {
    const first = months()[0]?.month ?? '';
    const last = months()[months().length - 1]?.month ?? '';
    throw new CoverageError(
      `${argument} ${month} needs months outside the monthly series, which covers ${first}–${last}.`,
      {
        from: first,
        to: last,
      },
    );
  }
  return wanted;
}

const previousYear = (period: string) => `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;

/**
 * A year or a month against the same period a year earlier: exports, imports, total and balance, the change in
 * dollars and in percent.
 *
 * @param period - a year (`2024`) or a month (`'2025-03'`)
 * @returns the comparison, in whole U.S. dollars and percent
 * @throws `InvalidArgumentError` for a period that is neither; `CoverageError` when it or the year before is
 * outside the series
 * @example
 * tradeYearOverYear(2024).change.totalUsd // 40277600000
 * Math.round(tradeYearOverYear('2025-03').percent.total * 10) / 10 // 13.1
 * tradeYearOverYear(1985) // throws CoverageError
 */
export function tradeYearOverYear(period: number | string): TradeComparison {
  const key = periodKey(period);
  const before = previousYear(key);
  if (key.length === 4) {
    const year = coveredYear(Number(before) + 1);
    return compare(key, before, flowsOf([year]), flowsOf([coveredYear(Number(before))]));
  }
  const at = (month: string) => {
    const found = months().find((r) => r.month === month);
    if (found === undefined) monthsThrough(month, 'period');
    return found as ReturnType<typeof months>[number];
  };
  return compare(key, before, flowsOf([at(key)]), flowsOf([at(before)]));
}

/**
 * Year to date: January through a month, summed, against the same months a year earlier. Given a year, runs
 * through the last month the series holds for it (all twelve for a complete year). Sums of months can differ from
 * the annual figure by a few tenths of a million: Census rounds each month and each year separately.
 *
 * @param through - the last month (`'2025-03'`), or a year for its latest month
 * @returns the comparison; `period` and `comparedWith` are ranges such as `'2025-01/2025-03'`
 * @throws `InvalidArgumentError` for anything else; `CoverageError` when a month needed is outside the series
 * @example
 * tradeYearToDate('2025-03').period // '2025-01/2025-03'
 * tradeYearToDate('2025-03').previous.exportsUsd // 80594300000
 * tradeYearToDate(2025).comparedWith // '2024-01/2024-12'
 */
export function tradeYearToDate(through: number | string): TradeComparison {
  const key = periodKey(through, 'through');
  let month = key;
  if (key.length === 4) {
    const held = months().filter((r) => r.month.startsWith(`${key}-`));
    const last = held[held.length - 1];
    if (last === undefined) {
      coveredYear(Number(key), 'through');
      throw new InvalidArgumentError(`through ${key} has no months in the monthly series.`);
    }
    month = last.month;
  }
  const before = previousYear(month);
  const range = (end: string) => `${end.slice(0, 4)}-01/${end}`;
  return compare(
    range(month),
    range(before),
    flowsOf(monthsThrough(month, 'through')),
    flowsOf(monthsThrough(before, 'through')),
  );
}
