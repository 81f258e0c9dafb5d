/**
 * Integrity checks of the trade history (data/trade/vintages.csv) and of `revisable` in the current tables.
 */
import type { Dataset, Problem } from '../dataset.js';
import { DATASETS } from '../dataset.js';
import { asOfMonth, isRevisable, vintageMonth } from './revision-policy.js';

/**
 * Each earlier value names a period of the series and holds exports and imports or a total; a period has at most
 * one first release and one value per vintage; `revisable` follows Census's rule for the newest vintage.
 */
export function checkTradeVintages(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const file = DATASETS.tradeVintages.file;
  const periods = new Set([...data.tradeYears.map((r) => String(r.year)), ...data.tradeMonths.map((r) => r.month)]);
  const seen = new Set<string>();
  const firstReleases = new Set<string>();
  for (const r of data.tradeVintages) {
    const add = (path: string, message: string) => problems.push({ file, record: r.period, path, message });
    if (!periods.has(r.period)) add('period', `is not a period of the trade series`);
    const partial = (r.exportsUsd === undefined) !== (r.importsUsd === undefined);
    if (partial || (r.exportsUsd === undefined && r.totalUsd === undefined)) {
      add('', 'needs exports and imports, or a total');
    }
    const key = `${r.period}\u0000${r.vintage}`;
    if (seen.has(key)) add('vintage', `'${r.vintage}' appears twice for this period`);
    seen.add(key);
    if (r.release === 'first-release') {
      if (firstReleases.has(r.period)) add('release', 'has more than one first release');
      firstReleases.add(r.period);
    }
  }
  const current = [
    ...data.tradeYears.map((r) => ({ name: 'tradeYears' as const, period: String(r.year), r })),
    ...data.tradeMonths.map((r) => ({ name: 'tradeMonths' as const, period: r.month, r })),
  ];
  const undated = current.filter(({ r }) => vintageMonth(r.vintage) === undefined);
  for (const { name, period, r } of undated) {
    problems.push({
      file: DATASETS[name].file,
      record: period,
      path: 'vintage',
      message: `'${r.vintage}' does not end in its release month (YYYY-MM)`,
    });
  }
  if (undated.length > 0 || current.length === 0) return problems;
  const asOf = asOfMonth(current.map(({ r }) => r.vintage));
  for (const { name, period, r } of current) {
    const expected = isRevisable(period, asOf);
    if (r.revisable !== expected) {
      problems.push({
        file: DATASETS[name].file,
        record: period,
        path: 'revisable',
        message: `is ${r.revisable}, but Census's rule gives ${expected} for data as of ${asOf}`,
      });
    }
  }
  return problems;
}
