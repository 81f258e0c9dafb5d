/** The flows of a year or month of goods trade. */
export interface Flows {
  readonly exportsUsd: number;
  readonly importsUsd: number;
}

/**
 * Two-way trade (exports plus imports) and the balance (exports minus imports; negative is a deficit) of some flows.
 * Every total and balance in the package, its build checks and its CSV files comes from here.
 */
export function derivedFlows(flows: Flows): { readonly totalUsd: number; readonly balanceUsd: number } {
  return { totalUsd: flows.exportsUsd + flows.importsUsd, balanceUsd: flows.exportsUsd - flows.importsUsd };
}
