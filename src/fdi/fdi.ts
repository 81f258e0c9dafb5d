import type { FdiYearRecord } from '../generated/records.js';
export type { FdiYearRecord } from '../generated/records.js';
import { wholeNumber } from '../core/arguments.js';
import { CoverageError, InvalidRangeError } from '../core/errors.js';
import { change, type SeriesChange, type SeriesRange, type SeriesRangeOptions } from '../core/series.js';
import { fdi as all } from '../generated/fdi.js';
import { FDI_COVERAGE } from './coverage.js';

/** One row of `fdiSeries`, in millions of U.S. dollars as published. */
export interface FdiSeriesRow {
  readonly year: number;
  readonly totalUsdMillions: number;
  /** The amount from the United States, where the release's copy prints it. */
  readonly fromUsUsdMillions: number | undefined;
  readonly preliminary: boolean;
}

/**
 * The record of a year of foreign direct investment in Mexico (Secretaría de Economía), with its vintage,
 * preliminary status, sources and other published figures, or `undefined` when the data does not have it.
 *
 * @param year - a calendar year
 * @returns the record, or `undefined` when the data does not have the year
 * @throws `InvalidArgumentError` when `year` is not a whole number
 * @example
 * getFdiYear(2025)?.preliminary // true
 */
export function getFdiYear(year: number): FdiYearRecord | undefined {
  const value = wholeNumber(year, 'year');
  return all().find((r) => r.year === value);
}

function covered(year: unknown, argument: string): FdiYearRecord {
  const value = wholeNumber(year, argument);
  const found = all().find((r) => r.year === value);
  if (found !== undefined) return found;
  const from = all()[0]?.year ?? Number.NaN;
  const to = all()[all().length - 1]?.year ?? Number.NaN;
  throw new CoverageError(
    `${argument} ${value} is not in the FDI series, which covers ${from}–${to} without ${FDI_COVERAGE.flatMap((r) => r.missing.map((m) => m.period)).join(', ')}.`,
    { from, to },
  );
}

/**
 * Foreign direct investment in Mexico in a calendar year, US$ millions as published in the latest vintage the data
 * has (check `getFdiYear(year).preliminary`: first releases are revised). Throws `CoverageError` for a year the data
 * does not have.
 *
 * @param year - a calendar year
 * @returns total FDI, US$ millions
 * @throws `CoverageError` for a year the data does not have; `InvalidArgumentError` when `year` is not a whole number
 * @example
 * fdiTotal(2025) // 40871
 */
export function fdiTotal(year: number): number {
  return covered(year, 'year').totalUsdMillions;
}

/**
 * The part from the United States, US$ millions, where the copy of that year's release prints it; else `undefined`.
 *
 * @param year - a calendar year
 * @returns the U.S. part, US$ millions, or `undefined` where the release does not print it
 * @throws `CoverageError` for a year the data does not have; `InvalidArgumentError` when `year` is not a whole number
 * @example
 * fdiFromUs(2025) // 15877
 */
export function fdiFromUs(year: number): number | undefined {
  return covered(year, 'year').fromUsUsdMillions;
}

/**
 * The annual series, oldest first, between two years inclusive (a year the data lacks is absent, never filled in).
 *
 * @param range - `from` and `to` years, inclusive; the series' ends by default
 * @returns one row per year the data has, oldest first
 * @throws `InvalidArgumentError` for a year that is not a whole number; `InvalidRangeError` when `from` is after `to`
 * @example
 * fdiSeries({ from: 2024 }).map((r) => r.totalUsdMillions) // [36872, 40871]
 */
export function fdiSeries(range?: SeriesRangeOptions): FdiSeriesRow[] {
  const from = range?.from === undefined ? (all()[0]?.year ?? 0) : wholeNumber(Number(range.from), 'from');
  const to = range?.to === undefined ? (all()[all().length - 1]?.year ?? 0) : wholeNumber(Number(range.to), 'to');
  if (from > to) throw new InvalidRangeError(`from (${from}) is after to (${to}).`);
  return all()
    .filter((r) => r.year >= from && r.year <= to)
    .map((r) => ({
      year: r.year,
      totalUsdMillions: r.totalUsdMillions,
      fromUsUsdMillions: r.fromUsUsdMillions,
      preliminary: r.preliminary,
    }));
}

/**
 * How total FDI changed from one year to another, in US$ millions and percent.
 *
 * @param fromYear - the earlier year
 * @param toYear - the later year
 * @returns the absolute (US$ millions) and percentage change
 * @throws `CoverageError` when the data lacks either year; `InvalidArgumentError` for a year that is not a whole number
 * @example
 * Math.round(fdiChange(2024, 2025).percent) // 11
 */
export function fdiChange(fromYear: number, toYear: number): SeriesChange {
  return change(fdiTotal(fromYear), fdiTotal(toYear));
}

/**
 * The years the series covers, and the years missing inside with the reason.
 *
 * @returns the covered stretches of years, with the missing years and why
 * @throws never
 * @example
 * fdiCoverage()[0]?.missing.map((m) => m.period) // ['2017']
 */
export function fdiCoverage(): readonly SeriesRange[] {
  return FDI_COVERAGE;
}
