import type { SeriesRange } from '../core/series.js';

const none: readonly never[] = [];

/**
 * The stretches the remittance series covers without gaps (checked at build time). Months outside them, read in
 * single monthly releases, are shipped too.
 */
export const REMITTANCE_COVERAGE: { readonly years: readonly SeriesRange[]; readonly months: readonly SeriesRange[] } =
  {
    years: [{ from: '2013', to: '2025', missing: none }],
    months: [{ from: '2025-01', to: '2025-12', missing: none }],
  };
