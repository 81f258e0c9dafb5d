import { wholeNumber } from '../core/arguments.js';
import { tradeYears as years } from '../generated/trade-years.js';
import { tradeCoverage } from './coverage.js';
import type { TradeYearRecord } from './types.js';

/**
 * Every year of U.S. goods trade with Mexico (Census basis, 1985 onward), oldest first. The array and its records
 * are frozen.
 *
 * @returns every year's record, frozen
 * @throws never
 * @example
 * tradeYears()[0] // { year: 1985, exportsUsd: 13634700000, importsUsd: 19131700000, … }
 */
export function tradeYears(): readonly TradeYearRecord[] {
  return years();
}

/**
 * The record for one year, or `undefined` when the series does not cover it. Throws `InvalidArgumentError` when
 * `year` is not a whole number.
 *
 * @param year - a calendar year
 * @returns the record, or `undefined` when the series does not cover the year
 * @throws `InvalidArgumentError` when `year` is not a whole number
 * @example
 * getTradeYear(2023)?.importsUsd // 472898700000
 * getTradeYear(1960) // undefined
 */
export function getTradeYear(year: number): TradeYearRecord | undefined {
  return years()[wholeNumber(year, 'year') - tradeCoverage().from];
}
