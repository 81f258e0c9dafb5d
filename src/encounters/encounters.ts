import type { EncounterComponent, EncounterScope } from '../generated/records.js';
import { oneOf, options } from '../core/arguments.js';
import {
  change,
  periodArgument,
  recordOf,
  type SeriesChange,
  type SeriesRangeOptions,
  seriesBetween,
} from '../core/series.js';
import { encounters as all } from '../generated/encounters.js';
import { ENCOUNTER_COVERAGE, type EncounterCoverage } from './coverage.js';
import type { EncounterRecord, EncounterSeriesRow } from './types.js';

/** Which series: the scope (default `southwest-border`) and the component (default `total`). */
export interface EncounterOptions {
  readonly scope?: EncounterScope;
  readonly component?: EncounterComponent;
}

const SCOPES = ['nationwide', 'southwest-border'] as const;
const COMPONENTS = ['total', 'usbp', 'ofo'] as const;

function seriesOf(choice: EncounterOptions | undefined, fiscal: boolean): EncounterRecord[] {
  const { scope = 'southwest-border', component = 'total' } = options(choice, 'options');
  const s = oneOf(scope, SCOPES, 'scope');
  const c = oneOf(component, COMPONENTS, 'component');
  return all().filter((r) => r.scope === s && r.component === c && r.period.startsWith('FY') === fiscal);
}

/**
 * The record of one fiscal year (`'FY2024'`) or month (`'2024-09'`) of CBP encounters, with its qualifier, vintage,
 * sources and earlier values, or `undefined` when the series does not have it.
 *
 * @param period - a fiscal year (`FY2024`) or a month (`2024-09`)
 * @param choice - `scope` and `component` (southwest border, total, unless given)
 * @returns the record, or `undefined` when the series does not have the period
 * @throws `InvalidArgumentError` for a malformed period or an unknown scope or component
 * @example
 * getEncounters('FY2024', { scope: 'nationwide' })?.value // 2901142
 */
export function getEncounters(period: string, choice?: EncounterOptions): EncounterRecord | undefined {
  const p = periodArgument(period, 'period');
  return seriesOf(choice, p.startsWith('FY')).find((r) => r.period === p);
}

/**
 * CBP encounters in one fiscal year (`'FY2024'` = October 2023–September 2024) or month (`'2024-09'`), as
 * published: southwest-border totals unless `scope` or `component` say otherwise. Throws `CoverageError` when the
 * series does not have the period (see `encounterCoverage`); check `getEncounters(...).qualifier` for hedged values.
 *
 * @param period - a fiscal year (`FY2024`) or a month (`2024-09`)
 * @param choice - `scope` and `component` (southwest border, total, unless given)
 * @returns the number of encounters, as published
 * @throws `CoverageError` when the series does not have the period; `InvalidArgumentError` for a malformed period or an
 *   unknown scope or component
 * @example
 * encounterCount('FY2019') // 977509
 * encounterCount('FY2024', { scope: 'nationwide', component: 'usbp' }) // 1577319
 */
export function encounterCount(period: string, choice?: EncounterOptions): number {
  const p = periodArgument(period, 'period');
  return recordOf(seriesOf(choice, p.startsWith('FY')), p, 'period', 'encounters').value;
}

/** Options of `encounterSeries`: the series, fiscal years (default) or months, and the range. */
export interface EncounterSeriesOptions extends EncounterOptions, SeriesRangeOptions {
  readonly frequency?: 'fiscal-year' | 'month';
}

/**
 * One series of encounters, oldest first: every period the data has between `from` and `to` (a period missing
 * inside is absent, never filled in).
 *
 * @param choice - `scope`, `component`, `frequency` (`fiscal-year` or `month`), `from` and `to`
 * @returns one row per period, oldest first
 * @throws `InvalidArgumentError` for an unknown option value or a bound of the wrong precision; `InvalidRangeError`
 *   when `from` is after `to`
 * @example
 * encounterSeries({ scope: 'nationwide', from: 'FY2022', to: 'FY2024' }).map((r) => r.value) // [2766582, 3201144, 2901142]
 */
export function encounterSeries(choice?: EncounterSeriesOptions): EncounterSeriesRow[] {
  const { frequency = 'fiscal-year', ...rest } = options(choice, 'options');
  const fiscal = oneOf(frequency, ['fiscal-year', 'month'] as const, 'frequency') === 'fiscal-year';
  return seriesBetween(seriesOf(rest, fiscal), rest, 'encounters').map((r) => ({
    period: r.period,
    value: r.value,
    qualifier: r.qualifier,
  }));
}

/**
 * How encounters changed from one period to another of the same series.
 *
 * @param fromPeriod - the earlier fiscal year or month
 * @param toPeriod - the later one, of the same frequency
 * @param choice - `scope` and `component`
 * @returns the absolute and percentage change
 * @throws `CoverageError` when the series lacks either period; `InvalidArgumentError` for a malformed period or option
 * @example
 * Math.round(encounterChange('FY2023', 'FY2024', { scope: 'nationwide' }).percent) // -9
 */
export function encounterChange(fromPeriod: string, toPeriod: string, choice?: EncounterOptions): SeriesChange {
  return change(encounterCount(fromPeriod, choice), encounterCount(toPeriod, choice));
}

/**
 * The stretches each series covers without gaps, and the periods missing inside them with the reason.
 *
 * @param choice - `scope`, `component` and `frequency`, to narrow the list
 * @returns each series with its gap-free ranges and the missing periods inside them
 * @throws `InvalidArgumentError` when `choice` is not an object
 * @example
 * encounterCoverage({ scope: 'southwest-border', component: 'total', frequency: 'month' })[0]?.ranges[0]?.missing.map((m) => m.period) // ['2017-11', '2020-06']
 */
export function encounterCoverage(choice?: EncounterSeriesOptions): readonly EncounterCoverage[] {
  const { scope, component, frequency } = options(choice, 'options');
  return ENCOUNTER_COVERAGE.filter(
    (c) =>
      (scope === undefined || c.scope === scope) &&
      (component === undefined || c.component === component) &&
      (frequency === undefined || c.frequency === frequency),
  );
}
