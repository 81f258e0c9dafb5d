/**
 * Merges a Census API answer into the authored trade tables (data/trade/*.csv), as text rows: pure, so that the
 * refresh can check everything before it writes anything.
 *
 * Rules:
 * - values are compared at Census's published precision, $0.1 million; a row whose value did not change keeps its
 *   vintage, so a refresh that finds nothing new changes nothing;
 * - a changed value gets the new vintage, and the value it replaces is appended to data/trade/vintages.csv
 *   (`superseded`): history is append-only;
 * - a new period gets the new vintage and is also appended to the history as its `first-release`;
 * - a period the package holds from 2010 on that the API no longer answers is an error (no row is lost);
 * - a change to a year Census's rule says is closed is flagged, and refused unless `allowClosed`;
 * - `revisable` is recomputed for every row from the newest vintage (scripts/lib/census/revision-policy.ts).
 */
import type { CensusTrade } from './api.js';
import { FIRST_API_YEAR } from './api.js';
import { asOfMonth, isRevisable } from './revision-policy.js';
import { VINTAGES_HEADER } from './vintages-csv.js';

/** A row of annual.csv or monthly.csv, as text: `period,exports_musd,imports_musd,vintage,revisable`. */
export interface TradeRow {
  readonly period: string;
  readonly exports: string;
  readonly imports: string;
  readonly vintage: string;
  readonly revisable: boolean;
}

/** A row of vintages.csv, as text. */
export interface VintageRow {
  readonly period: string;
  readonly exports: string;
  readonly imports: string;
  readonly total: string;
  readonly vintage: string;
  readonly release: 'first-release' | 'superseded';
}

/** The three trade tables. */
export interface TradeTables {
  readonly annual: readonly TradeRow[];
  readonly monthly: readonly TradeRow[];
  readonly vintages: readonly VintageRow[];
}

/** One changed value. `old` is undefined for a new period. Values in $ millions. */
export interface TradeChangeEntry {
  readonly period: string;
  readonly flow: 'exports' | 'imports';
  readonly old: number | undefined;
  readonly new: number;
  /** New minus old, in $ millions (the new value for a new period). */
  readonly delta: number;
  /** The year was closed under Census's rule before this refresh: needs review. */
  readonly closed: boolean;
}

/** What a merge produced. */
export interface MergeResult {
  readonly tables: TradeTables;
  readonly changes: readonly TradeChangeEntry[];
  /** Periods whose `revisable` flag changed because the newest vintage moved. */
  readonly closedNow: readonly string[];
  /** The release month of the data before and after. */
  readonly asOfBefore: string;
  readonly asOfAfter: string;
}

/** A refusal to merge: nothing may be written. */
export class RefreshError extends Error {
  override readonly name = 'RefreshError';
}

/** Whole dollars to Census's published $ millions with one decimal, as text. */
export function toMillions(usd: number): string {
  return (Math.round(usd / 100_000) / 10).toFixed(1);
}

/** A stored value at Census's published precision (some older months are stored unrounded). */
const published = (millions: string) => toMillions(Math.round(Number(millions) * 1_000_000));

/** Parses annual.csv or monthly.csv. */
export function parseTradeRows(text: string, periodField: 'year' | 'month'): TradeRow[] {
  const [header, ...lines] = text.trim().split('\n');
  const expected = `${periodField},exports_musd,imports_musd,vintage,revisable`;
  if (header !== expected) throw new RefreshError(`trade table header must be '${expected}', found '${header}'`);
  return lines.map((line) => {
    const [period = '', exports = '', imports = '', vintage = '', revisable = ''] = line.split(',');
    return { period, exports, imports, vintage, revisable: revisable === 'true' };
  });
}

/** Parses vintages.csv. */
export function parseVintageRows(text: string): VintageRow[] {
  const [header, ...lines] = text.trim().split('\n');
  if (header !== VINTAGES_HEADER) throw new RefreshError(`vintages header must be '${VINTAGES_HEADER}'`);
  return lines.map((line) => {
    const [period = '', exports = '', imports = '', total = '', vintage = '', release = ''] = line.split(',');
    return { period, exports, imports, total, vintage, release: release as VintageRow['release'] };
  });
}

/** Writes annual.csv or monthly.csv. */
export function formatTradeRows(rows: readonly TradeRow[], periodField: 'year' | 'month'): string {
  const lines = rows.map((r) => [r.period, r.exports, r.imports, r.vintage, r.revisable].join(','));
  return `${[`${periodField},exports_musd,imports_musd,vintage,revisable`, ...lines].join('\n')}\n`;
}

/** Writes vintages.csv, in the file's canonical order (the tradeVintages sortKey in scripts/lib/dataset.ts). */
export function formatVintageRows(rows: readonly VintageRow[]): string {
  const order = (r: VintageRow) => `${r.period}\u0000${r.release === 'first-release' ? 0 : 1}\u0000${r.vintage}`;
  const lines = [...rows]
    .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
    .map((r) => [r.period, r.exports, r.imports, r.total, r.vintage, r.release].join(','));
  return `${[VINTAGES_HEADER, ...lines].join('\n')}\n`;
}

/** Options of `mergeCensus`. */
export interface MergeOptions {
  /** The id of the vintage this refresh creates (`census-intltrade-api-YYYY-MM`). */
  readonly vintage: string;
  /** Accept changes to closed years (they stay flagged in the report). */
  readonly allowClosed?: boolean;
}

/** Merges the API's answer into the tables. Throws `RefreshError` when a row would be lost or a closed year changes. */
export function mergeCensus(tables: TradeTables, census: CensusTrade, options: MergeOptions): MergeResult {
  const asOfBefore = asOfMonth([...tables.annual, ...tables.monthly].map((r) => r.vintage));
  const changes: TradeChangeEntry[] = [];
  const history: VintageRow[] = [...tables.vintages];
  const merge = (rows: readonly TradeRow[], fresh: Map<string, { exportsUsd: number; importsUsd: number }>) => {
    const held = new Set(rows.map((r) => r.period));
    const lost = rows.filter((r) => Number(r.period.slice(0, 4)) >= FIRST_API_YEAR && !fresh.has(r.period));
    if (lost.length > 0) {
      throw new RefreshError(
        `the API does not answer for ${lost.map((r) => r.period).join(', ')}, which the package holds: no row is dropped`,
      );
    }
    const merged = rows.map((row) => {
      const value = fresh.get(row.period);
      if (value === undefined) return row;
      const next = { exports: toMillions(value.exportsUsd), imports: toMillions(value.importsUsd) };
      const changed = (['exports', 'imports'] as const).filter((flow) => published(row[flow]) !== next[flow]);
      if (changed.length === 0) return row;
      const closed = !isRevisable(row.period, asOfBefore);
      for (const flow of changed) {
        const old = Number(row[flow]);
        const now = Number(next[flow]);
        changes.push({ period: row.period, flow, old, new: now, delta: Math.round((now - old) * 10) / 10, closed });
      }
      history.push({ ...row, total: '', release: 'superseded' });
      return { ...row, ...next, vintage: options.vintage };
    });
    for (const [period, value] of fresh) {
      if (held.has(period)) continue;
      const row = {
        period,
        exports: toMillions(value.exportsUsd),
        imports: toMillions(value.importsUsd),
        vintage: options.vintage,
        revisable: true,
      };
      for (const flow of ['exports', 'imports'] as const) {
        const now = Number(row[flow]);
        changes.push({ period, flow, old: undefined, new: now, delta: now, closed: false });
      }
      history.push({ ...row, total: '', release: 'first-release' });
      merged.push(row);
    }
    return merged.sort((a, b) => a.period.localeCompare(b.period));
  };
  const monthly = merge(tables.monthly, new Map(census.months.map((m) => [m.month, m])));
  const annual = merge(tables.annual, new Map(census.years.map((y) => [String(y.year), y])));
  const closed = changes.filter((c) => c.closed);
  if (closed.length > 0 && options.allowClosed !== true) {
    const list = [...new Set(closed.map((c) => c.period))].join(', ');
    throw new RefreshError(
      `Census changed ${list}, closed under its revision rule (data as of ${asOfBefore}): review the change and ` +
        'rerun with --allow-closed-revisions to accept it',
    );
  }
  const asOfAfter = asOfMonth([...annual, ...monthly].map((r) => r.vintage));
  const closedNow: string[] = [];
  const flag = (rows: TradeRow[]) =>
    rows.map((row) => {
      const revisable = isRevisable(row.period, asOfAfter);
      if (revisable !== row.revisable && !revisable) closedNow.push(row.period);
      return revisable === row.revisable ? row : { ...row, revisable };
    });
  return {
    tables: { annual: flag(annual), monthly: flag(monthly), vintages: history },
    changes,
    closedNow,
    asOfBefore,
    asOfAfter,
  };
}
