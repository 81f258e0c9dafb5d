import type { EncounterComponent, EncounterScope } from '../generated/records.js';
import type { SeriesRange } from '../core/series.js';

/** One series of encounters: a scope, a component, and fiscal years or months. */
export interface EncounterSeriesKey {
  readonly scope: EncounterScope;
  readonly component: EncounterComponent;
  readonly frequency: 'fiscal-year' | 'month';
}

/** A series of encounters and the ranges it covers without gaps (checked at build time). */
export interface EncounterCoverage extends EncounterSeriesKey {
  readonly ranges: readonly SeriesRange[];
}

const OCR = 'the only readable official copy (OCR of a CBP dashboard printout) prints the digits ambiguously';
const none: readonly never[] = [];

/**
 * The stretches each encounter series covers with no gap but the listed ones. Records outside them (isolated
 * months read in monthly releases) are shipped too; `encounterPeriods` lists every period a series has.
 */
export const ENCOUNTER_COVERAGE: readonly EncounterCoverage[] = [
  ...(['total', 'usbp', 'ofo'] as const).map((component) => ({
    scope: 'nationwide' as const,
    component,
    frequency: 'fiscal-year' as const,
    ranges: [{ from: 'FY2017', to: 'FY2024', missing: none }],
  })),
  {
    scope: 'southwest-border',
    component: 'total',
    frequency: 'fiscal-year',
    ranges: [{ from: 'FY2018', to: 'FY2024', missing: none }],
  },
  {
    scope: 'southwest-border',
    component: 'usbp',
    frequency: 'fiscal-year',
    ranges: [{ from: 'FY2017', to: 'FY2025', missing: none }],
  },
  {
    scope: 'southwest-border',
    component: 'ofo',
    frequency: 'fiscal-year',
    ranges: [{ from: 'FY2020', to: 'FY2020', missing: none }],
  },
  {
    scope: 'southwest-border',
    component: 'total',
    frequency: 'month',
    ranges: [
      {
        from: '2017-10',
        to: '2020-12',
        missing: [
          { period: '2017-11', reason: OCR },
          { period: '2020-06', reason: OCR },
        ],
      },
    ],
  },
  {
    scope: 'southwest-border',
    component: 'usbp',
    frequency: 'month',
    ranges: [{ from: '2020-01', to: '2020-12', missing: none }],
  },
  {
    scope: 'southwest-border',
    component: 'ofo',
    frequency: 'month',
    ranges: [{ from: '2020-01', to: '2020-09', missing: none }],
  },
];
