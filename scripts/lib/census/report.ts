/**
 * The Markdown report of a trade refresh (the pull request's body) and its changeset.
 */
import type { MergeResult, TradeChangeEntry } from './merge.js';

const PACKAGE = 'us-mexico-relations';

const millions = (value: number | undefined) =>
  value === undefined ? '—' : value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${millions(Math.abs(value))}`;

/** Revisions, largest change first (then by period and flow, so the order is stable). */
export function largestFirst(changes: readonly TradeChangeEntry[]): TradeChangeEntry[] {
  return [...changes].sort(
    (a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.period.localeCompare(b.period) || a.flow.localeCompare(b.flow),
  );
}

/** The Markdown report of every change a refresh makes. */
export function refreshReport(result: MergeResult, vintage: string): string {
  const revised = largestFirst(result.changes.filter((c) => c.old !== undefined));
  const added = result.changes.filter((c) => c.old === undefined);
  const closed = revised.filter((c) => c.closed);
  const lines = [
    `# Census trade refresh: ${vintage}`,
    '',
    'U.S. goods trade with Mexico (Census basis, CTY_CODE 2010) from the Census International Trade API: exports ' +
      '`ALL_VAL_MO` (exports/hs), general imports `GEN_VAL_MO` (imports/hs). Values in $ millions, as Census rounds ' +
      'them; months from 2010-01 (earlier months are unchanged).',
    '',
    `- Data as of: ${result.asOfBefore} before, ${result.asOfAfter} after.`,
    `- New periods: ${new Set(added.map((c) => c.period)).size}; revised periods: ${new Set(revised.map((c) => c.period)).size}.`,
    '- Every replaced value is kept in `data/trade/vintages.csv` with its vintage.',
  ];
  if (result.changes.length === 0) lines.push('', 'No change: the package matches the API.');
  if (closed.length > 0) {
    lines.push(
      '',
      '## ⚠️ Revisions to closed years: review before merging',
      '',
      `Census's rule (each June, the three prior years) had closed these years for data as of ${result.asOfBefore}. ` +
        'Check that Census announced a revision (as in June 2010, back to 1999) before accepting.',
      '',
      '| Period | Flow | Old | New | Δ |',
      '|---|---|--:|--:|--:|',
      ...closed.map(
        (c) => `| ${c.period} | ${c.flow} | ${millions(c.old)} | ${millions(c.new)} | ${signed(c.delta)} |`,
      ),
    );
  }
  if (added.length > 0) {
    lines.push(
      '',
      '## New periods',
      '',
      '| Period | Flow | Value |',
      '|---|---|--:|',
      ...added.map((c) => `| ${c.period} | ${c.flow} | ${millions(c.new)} |`),
    );
  }
  if (revised.length > 0) {
    lines.push(
      '',
      '## Revisions, largest first',
      '',
      '| Period | Flow | Old | New | Δ |',
      '|---|---|--:|--:|--:|',
      ...revised.map(
        (c) =>
          `| ${c.period}${c.closed ? ' ⚠️' : ''} | ${c.flow} | ${millions(c.old)} | ${millions(c.new)} | ${signed(c.delta)} |`,
      ),
    );
  }
  if (result.closedNow.length > 0) {
    lines.push(
      '',
      `Now closed under Census's rule (\`revisable\` set to false): ${summarizePeriods(result.closedNow)}.`,
    );
  }
  lines.push(
    '',
    'Summed months can differ from the annual figure by a few tenths of a million: Census rounds each month and ' +
      'the year to $0.1 million separately.',
  );
  return `${lines.join('\n')}\n`;
}

function summarizePeriods(periods: readonly string[]): string {
  const years = periods.filter((p) => p.length === 4);
  const months = periods.length - years.length;
  return [years.length > 0 ? years.join(', ') : '', months > 0 ? `${months} months` : ''].filter(Boolean).join(' and ');
}

/** The changeset of a refresh: minor when periods are added, patch for revisions only; undefined when nothing changed. */
export function refreshChangeset(result: MergeResult, vintage: string): string | undefined {
  if (result.changes.length === 0) return undefined;
  const added = [...new Set(result.changes.filter((c) => c.old === undefined).map((c) => c.period))];
  const revised = [...new Set(result.changes.filter((c) => c.old !== undefined).map((c) => c.period))];
  const bump = added.length > 0 ? 'minor' : 'patch';
  const parts = [
    added.length > 0 ? `adds ${added.join(', ')}` : '',
    revised.length > 0 ? `revises ${revised.join(', ')} (earlier values kept in data/trade/vintages.csv)` : '',
  ].filter(Boolean);
  return [
    '---',
    `"${PACKAGE}": ${bump}`,
    '---',
    '',
    `Trade data: Census refresh ${vintage} (U.S. goods trade with Mexico, Census International Trade API) ${parts.join('; ')}.`,
    '',
  ].join('\n');
}
