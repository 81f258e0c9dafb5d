import { text, wholeNumber } from '../core/arguments.js';
import { CoverageError, InvalidArgumentError } from '../core/errors.js';
import { tradeMonths as months } from '../generated/trade-months.js';
import { tradeYears as years } from '../generated/trade-years.js';
import {
  type CurrentTradeValues,
  pickVintage,
  revisionsOf,
  type TradeRevision,
  type TradeVintageSelector,
} from './vintage-history.js';

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

function currentOf(period: string): CurrentTradeValues {
  if (period.length === 4) {
    const first = years()[0]?.year ?? 0;
    const record = years()[Number(period) - first];
    const last = years()[years().length - 1]?.year;
    if (record === undefined) {
      throw new CoverageError(`year ${period} is outside the goods-trade series, which covers ${first}–${last}.`, {
        from: first,
        to: last ?? first,
      });
    }
    return record;
  }
  const first = months()[0]?.month ?? '';
  const last = months()[months().length - 1]?.month ?? '';
  const ordinal = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  const record = months()[ordinal(period) - ordinal(first)];
  if (record === undefined || record.month !== period) {
    throw new CoverageError(
      `month ${period} is outside the monthly goods-trade series, which covers ${first}–${last}.`,
      {
        from: first,
        to: last,
      },
    );
  }
  return record;
}

/** A period argument (a year or a `YYYY`/`YYYY-MM` string) as a string; throws `InvalidArgumentError` otherwise. */
export function periodKey(period: unknown, argument = 'period'): string {
  if (typeof period === 'number') return String(wholeNumber(period, argument));
  const value = text(period, argument);
  if (!PERIOD.test(value)) throw new InvalidArgumentError(`${argument} must be a year or YYYY-MM; got '${value}'.`);
  return value;
}

/**
 * Every value the package holds for a year or month, oldest first: the first release where one is held, each
 * superseded vintage, then the current value. Periods that were never revised have one entry.
 *
 * @param period - a year (`2023` or `'2023'`) or a month (`'2023-01'`)
 * @returns the vintages of the period, oldest first; the last one has `latest: true`
 * @throws `InvalidArgumentError` when `period` is neither a year nor `YYYY-MM`; `CoverageError` outside the series
 * @example
 * tradeRevisions(2023).map((r) => [r.vintage, r.totalUsd]) // [['crs-if11175-2024-06-06', 798900000000], ['census-country-xlsx-2026-10', 797324600000]]
 * tradeRevisions('2023-01').length // 2
 * tradeRevisions(1990).length // 1
 */
export function tradeRevisions(period: number | string): TradeRevision[] {
  const key = periodKey(period);
  return revisionsOf(key, currentOf(key));
}

/**
 * The vintage of a period that a selector names.
 *
 * @param period - a year or `YYYY-MM`
 * @param vintage - `'latest'`, `'first-release'` or a vintage id
 * @returns the matching entry of `tradeRevisions(period)`
 * @throws `NotFoundError` when the period has no such vintage (its `suggestions` are the ones it has), and what
 * `tradeRevisions` throws
 * @example
 * tradeVintage(2024, 'first-release').exportsUsd // 334041000000
 * tradeVintage(2021, 'census-country-xlsx-2024-01').importsUsd // 382588700000
 * tradeVintage(2021, 'first-release') // throws NotFoundError
 */
export function tradeVintage(period: number | string, vintage: TradeVintageSelector = 'latest'): TradeRevision {
  return pickVintage(tradeRevisions(period), periodKey(period), vintage);
}
