/**
 * Census's revision rule for goods trade on a Census basis, as code. Each June, Census revises the not seasonally
 * adjusted goods data, country detail included, for the prior three years; country detail is not revised between
 * Junes. So in June of year R the years R−3 … R−1 are revised: after the June release of R, year R−3 is final and
 * years R−2 onward may still change; before it (January–May of R), years R−3 onward may still change.
 *
 * The exception (June 2010 revised back to 1999) is why a change to a closed year is flagged for review, never
 * assumed impossible.
 */

/** A trade vintage id ends in the month of the release it holds: `census-country-xlsx-2026-10`, `census-intltrade-api-2027-01`. */
const VINTAGE_MONTH = /-(\d{4})-(0[1-9]|1[0-2])$/;

/** The release month (YYYY-MM) a vintage id names, or `undefined` when it names none. */
export function vintageMonth(vintage: string): string | undefined {
  const match = VINTAGE_MONTH.exec(vintage);
  return match === null ? undefined : `${match[1]}-${match[2]}`;
}

/** The first year Census may still revise, for data as of a release month (YYYY-MM). June counts as revised. */
export function firstRevisableYear(asOf: string): number {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  return month >= 6 ? year - 2 : year - 3;
}

/** The newest release month among the vintages of the current values; throws when a vintage names no month. */
export function asOfMonth(vintages: Iterable<string>): string {
  let latest = '';
  for (const vintage of vintages) {
    const month = vintageMonth(vintage);
    if (month === undefined) throw new Error(`trade vintage '${vintage}' does not end in its release month (YYYY-MM)`);
    if (month > latest) latest = month;
  }
  if (latest === '') throw new Error('the trade series has no vintage');
  return latest;
}

/** Whether a period (YYYY or YYYY-MM) may still be revised, for data as of `asOf`. */
export function isRevisable(period: string, asOf: string): boolean {
  return Number(period.slice(0, 4)) >= firstRevisableYear(asOf);
}
