/** The bench's one table: every figure with its baseline from the same run, the ratio, the target and whether it is met. */

export type Unit = 'B' | 'ms' | 'ns' | 'B/event' | 'count';

/** A measured figure. */
export interface Figure {
  readonly value: number;
  readonly unit: Unit;
  /** Extra context shown after the value, e.g. a result count. */
  readonly note?: string;
}

/** A target on the ratio value / baseline (or, for figures without a baseline, on the value itself). */
export interface Target {
  readonly text: string;
  readonly met: (row: { value: number; ratio: number | undefined }) => boolean;
}

export interface Row {
  readonly section: string;
  readonly case: string;
  readonly value: Figure;
  readonly baselineName: string;
  readonly baseline: Figure | undefined;
  /** value / baseline. */
  readonly ratio: number | undefined;
  readonly target: string;
  /** undefined when the row has no target. */
  readonly met: boolean | undefined;
}

export function row(
  section: string,
  name: string,
  value: Figure,
  baselineName: string,
  baseline: Figure | undefined,
  target?: Target,
): Row {
  // A baseline of zero or less (a net figure lost in noise) gives no ratio, and so no target can count as met.
  const ratio = baseline === undefined || baseline.value <= 0 ? undefined : value.value / baseline.value;
  return {
    section,
    case: name,
    value,
    baselineName,
    baseline,
    ratio,
    target: target?.text ?? '—',
    met: target === undefined ? undefined : target.met({ value: value.value, ratio }),
  };
}

/** Ratio at most `max`. */
export const atMost = (max: number, text = `<= ${max}x`): Target => ({
  text,
  met: ({ ratio }) => ratio !== undefined && ratio <= max,
});

export function formatFigure(figure: Figure | undefined): string {
  if (figure === undefined) return '—';
  const { value, unit } = figure;
  let text: string;
  if (unit === 'count') text = String(value);
  else if (unit === 'B') text = `${Math.round(value).toLocaleString('en-US')} B`;
  else if (unit === 'B/event') text = `${Math.round(value).toLocaleString('en-US')} B/event`;
  else if (unit === 'ns')
    text =
      value >= 1e9
        ? `${(value / 1e9).toPrecision(3)} s`
        : value >= 1e6
          ? `${(value / 1e6).toPrecision(3)} ms`
          : value >= 1e3
            ? `${(value / 1e3).toPrecision(3)} µs`
            : `${value.toPrecision(3)} ns`;
  else text = value >= 1000 ? `${(value / 1000).toPrecision(3)} s` : `${value.toPrecision(3)} ms`;
  return figure.note === undefined ? text : `${text} (${figure.note})`;
}

export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined) return '—';
  return ratio >= 100 ? `${ratio.toFixed(0)}x` : ratio >= 0.1 ? `${ratio.toFixed(2)}x` : `${ratio.toPrecision(2)}x`;
}

/** Renders rows as one plain-text table. */
export function renderTable(rows: readonly Row[]): string {
  const header = ['section', 'case', 'value', 'baseline', 'ratio', 'target', 'met'];
  const cells = rows.map((r) => [
    r.section,
    r.case,
    formatFigure(r.value),
    r.baseline === undefined ? r.baselineName : `${r.baselineName}: ${formatFigure(r.baseline)}`,
    formatRatio(r.ratio),
    r.target,
    r.met === undefined ? '—' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) =>
    c
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}
