import { options } from '../core/arguments.js';
import { NotFoundError } from '../core/errors.js';
import { coveredYear } from './coverage.js';
import { derivedFlows } from './flows.js';
import { pickVintage, revisionsOf, type TradeRevision, type TradeVintageOptions } from './vintage-history.js';

/** The values of a year in the vintage asked for (the current record when none or `'latest'` is asked). */
function yearAt(year: number, settings: TradeVintageOptions | undefined): TradeRevision | undefined {
  const { vintage = 'latest' } = options(settings, 'options');
  if (vintage === 'latest') return undefined;
  const record = coveredYear(year);
  const key = String(record.year);
  return pickVintage(revisionsOf(key, record), key, vintage);
}

function part(revision: TradeRevision, field: 'exportsUsd' | 'importsUsd' | 'balanceUsd', what: string): number {
  const value = revision[field];
  if (value === undefined) {
    // The source of this vintage states only the total.
    throw new NotFoundError('vintage', `${revision.vintage}' ${what} for '${revision.period}`, [
      `${revision.vintage}' total for '${revision.period}`,
    ]);
  }
  return value;
}

/**
 * Two-way goods trade (exports plus imports) in a year, in U.S. dollars: the current Census value, or the value of
 * another vintage. A first release is returned as its source states the total (rounded on its own, so it can
 * differ from exports plus imports).
 *
 * @param year - a calendar year of the series
 * @param settings - `vintage`: `'latest'` (default), `'first-release'` or a vintage id (see `tradeRevisions`)
 * @returns the total in U.S. dollars
 * @throws `CoverageError` outside the series; `InvalidArgumentError` when `year` is not a whole number;
 * `NotFoundError` when the year has no such vintage
 * @example
 * tradeTotal(2023) // 797324600000
 * tradeTotal(2023, { vintage: 'first-release' }) // 798900000000
 * tradeTotal(2022, { vintage: 'census-country-xlsx-2024-01' }) // 779084200000
 */
export function tradeTotal(year: number, settings?: TradeVintageOptions): number {
  const revision = yearAt(year, settings);
  if (revision !== undefined) return revision.totalUsd;
  return derivedFlows(coveredYear(year)).totalUsd;
}

/**
 * U.S. goods trade balance with Mexico in a year (exports minus imports; negative is a deficit), in U.S. dollars.
 *
 * @param year - a calendar year of the series
 * @param settings - `vintage`, as for `tradeTotal`
 * @returns the balance in U.S. dollars
 * @throws like `tradeTotal`, and `NotFoundError` when the vintage gives only a total
 * @example
 * tradeBalance(2023) // -148472800000
 * tradeBalance(2024, { vintage: 'first-release' }) // -171810000000
 */
export function tradeBalance(year: number, settings?: TradeVintageOptions): number {
  const revision = yearAt(year, settings);
  if (revision !== undefined) return part(revision, 'balanceUsd', 'balance');
  return derivedFlows(coveredYear(year)).balanceUsd;
}

/**
 * U.S. goods exports to Mexico in a year, in U.S. dollars.
 *
 * @param year - a calendar year of the series
 * @param settings - `vintage`, as for `tradeTotal`
 * @returns exports in U.S. dollars
 * @throws like `tradeBalance`
 * @example
 * tradeExports(2023) // 324425900000
 * tradeExports(2023, { vintage: 'first-release' }) // 323100000000
 */
export function tradeExports(year: number, settings?: TradeVintageOptions): number {
  const revision = yearAt(year, settings);
  if (revision !== undefined) return part(revision, 'exportsUsd', 'exports');
  return coveredYear(year).exportsUsd;
}

/**
 * U.S. goods imports from Mexico in a year, in U.S. dollars.
 *
 * @param year - a calendar year of the series
 * @param settings - `vintage`, as for `tradeTotal`
 * @returns imports in U.S. dollars
 * @throws like `tradeBalance`
 * @example
 * tradeImports(2023) // 472898700000
 * tradeImports(2022, { vintage: 'first-release' }) // throws NotFoundError
 */
export function tradeImports(year: number, settings?: TradeVintageOptions): number {
  const revision = yearAt(year, settings);
  if (revision !== undefined) return part(revision, 'importsUsd', 'imports');
  return coveredYear(year).importsUsd;
}
