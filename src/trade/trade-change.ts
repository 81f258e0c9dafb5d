import { InvalidRangeError } from '../core/errors.js';
import { coveredYear } from './coverage.js';
import { derivedFlows } from './flows.js';
import type { TradeChange } from './types.js';

/**
 * How two-way goods trade changed from one year to a later one: in dollars, in percent, and as a compound annual
 * growth rate. Throws `CoverageError` outside the series and `InvalidRangeError` when `fromYear` is after `toYear`.
 *
 * @param fromYear - the earlier year
 * @param toYear - the later year
 * @returns the change in dollars, in percent and as a compound annual growth rate
 * @throws `CoverageError` outside the series; `InvalidRangeError` when `fromYear` is after `toYear`;
 *   `InvalidArgumentError` for a year that is not a whole number
 * @example
 * tradeChange(2020, 2025).percent // 62.6…
 */
export function tradeChange(fromYear: number, toYear: number): TradeChange {
  const start = coveredYear(fromYear, 'fromYear');
  const end = coveredYear(toYear, 'toYear');
  if (start.year > end.year) throw new InvalidRangeError(`fromYear (${start.year}) is after toYear (${end.year}).`);
  const before = derivedFlows(start).totalUsd;
  const after = derivedFlows(end).totalUsd;
  const years = end.year - start.year;
  return {
    absoluteUsd: after - before,
    percent: ((after - before) / before) * 100,
    cagrPercent: years === 0 ? 0 : ((after / before) ** (1 / years) - 1) * 100,
  };
}
