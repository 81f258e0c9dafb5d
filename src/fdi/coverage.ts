import type { SeriesRange } from '../core/series.js';

/** The calendar years the FDI series covers (checked at build time), and the year no readable source gave. */
export const FDI_COVERAGE: readonly SeriesRange[] = [
  {
    from: '2013',
    to: '2025',
    missing: [
      {
        period: '2017',
        reason: 'no readable copy of the Secretaría de Economía release for 2017 (nor a later restatement) was found',
      },
    ],
  },
];
