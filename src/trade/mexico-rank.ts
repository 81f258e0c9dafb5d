import { wholeNumber } from '../core/arguments.js';
import { figures } from '../generated/figures.js';

/**
 * Mexico's rank among U.S. goods trading partners (by exports plus imports) in a year, where a source gives it;
 * `undefined` for other years. Throws `InvalidArgumentError` when `year` is not a whole number.
 *
 * @param year - a calendar year
 * @returns the rank, or `undefined` where no source gives one
 * @throws `InvalidArgumentError` when `year` is not a whole number
 * @example
 * mexicoRank(2023) // 1
 * mexicoRank(2022) // 2
 * mexicoRank(1990) // undefined
 */
export function mexicoRank(year: number): number | undefined {
  const wanted = wholeNumber(year, 'year');
  // Where a year has several sourced ranks (first release and revised), the revised one is the current fact.
  const ranks = figures().filter((f) => f.trade?.measure === 'rank' && f.trade.year === wanted);
  const best = ranks.find((f) => f.trade?.release === 'revised') ?? ranks[0];
  return best?.quantity.value;
}
