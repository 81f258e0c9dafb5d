import { coveredYear } from './coverage.js';
import { derivedFlows } from './flows.js';

/**
 * Two-way goods trade (exports plus imports) in a year, in U.S. dollars. Throws `CoverageError` outside the series
 * and `InvalidArgumentError` when `year` is not a whole number.
 *
 * @example
 * tradeTotal(2023) // 797324600000
 */
export function tradeTotal(year: number): number {
  return derivedFlows(coveredYear(year)).totalUsd;
}

/**
 * U.S. goods trade balance with Mexico in a year (exports minus imports; negative is a deficit), in U.S. dollars.
 * Throws like `tradeTotal`.
 *
 * @example
 * tradeBalance(2023) // -148472800000
 */
export function tradeBalance(year: number): number {
  return derivedFlows(coveredYear(year)).balanceUsd;
}

/**
 * U.S. goods exports to Mexico in a year, in U.S. dollars. Throws like `tradeTotal`.
 *
 * @example
 * tradeExports(2023) // 324425900000
 */
export function tradeExports(year: number): number {
  return coveredYear(year).exportsUsd;
}

/**
 * U.S. goods imports from Mexico in a year, in U.S. dollars. Throws like `tradeTotal`.
 *
 * @example
 * tradeImports(2023) // 472898700000
 */
export function tradeImports(year: number): number {
  return coveredYear(year).importsUsd;
}
