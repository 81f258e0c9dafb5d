/** One bar of the chart: a period and its value in U.S. dollars. */
export interface Bar {
  /** The period as the data names it (`'2025'`, `'2025-09'`); written to `data-period`. */
  readonly period: string;
  readonly value: number;
  /** The tooltip: the period and the value in words. */
  readonly title: string;
}

/** What the chart needs besides its bars. */
export interface ChartOptions {
  /** The accessible name of the chart. */
  readonly label: string;
  /** Whether a period gets a label on the x axis (every fifth year, say); the rest stay unlabelled. */
  readonly labelled: (period: string) => boolean;
  /** The text of an x-axis label. */
  readonly periodLabel: (period: string) => string;
  /** The unit of the y axis, written above it. */
  readonly unit: string;
  /** An axis value in that unit (`'400'`). */
  readonly tick: (value: number) => string;
}

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const HEIGHT = 320;
const MARGIN = { top: 28, right: 8, bottom: 28, left: 48 };

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Readonly<Record<string, string | number>>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** About five round steps (1, 2 or 5 times a power of ten) between `min` and `max`. */
function ticks(min: number, max: number): number[] {
  const rough = (max - min) / 5 || 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  const values: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max; value += step) values.push(value);
  return values;
}

/**
 * A bar chart as an SVG element: one `rect.bar` per period, in order, negative values below the zero line
 * (`.negative`), a y axis of round values and x labels where `labelled` says.
 *
 * @param bars - The periods, oldest first.
 * @param options - Labels and formatting; see {@link ChartOptions}.
 * @returns The `<svg>` element, sized by its viewBox to fill its container's width.
 */
export function barChart(bars: readonly Bar[], options: ChartOptions): SVGSVGElement {
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': options.label });
  const values = bars.map((bar) => bar.value);
  const axis = ticks(Math.min(0, ...values), Math.max(0, ...values));
  const low = Math.min(0, ...values, ...axis);
  const high = Math.max(0, ...values, ...axis);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (value: number) => MARGIN.top + ((high - value) / (high - low || 1)) * plotHeight;
  const slot = (WIDTH - MARGIN.left - MARGIN.right) / Math.max(bars.length, 1);
  root.append(svg('text', { class: 'unit', x: 0, y: 12 }, options.unit));
  for (const value of axis) {
    root.append(
      svg('line', {
        class: value === 0 ? 'zero' : 'grid',
        x1: MARGIN.left,
        x2: WIDTH - MARGIN.right,
        y1: y(value),
        y2: y(value),
      }),
      svg(
        'text',
        { class: 'tick', x: MARGIN.left - 6, y: y(value), 'text-anchor': 'end', 'dominant-baseline': 'middle' },
        options.tick(value),
      ),
    );
  }
  bars.forEach((bar, i) => {
    const x = MARGIN.left + i * slot;
    const top = y(Math.max(bar.value, 0));
    const rect = svg('rect', {
      class: bar.value < 0 ? 'bar negative' : 'bar',
      'data-period': bar.period,
      'data-value': bar.value,
      x: x + slot * 0.1,
      width: Math.max(slot * 0.8, 0.5),
      y: top,
      height: Math.max(y(Math.min(bar.value, 0)) - top, 0.5),
    });
    rect.append(svg('title', {}, bar.title));
    root.append(rect);
    if (options.labelled(bar.period))
      root.append(
        svg(
          'text',
          { class: 'period', x: x + slot / 2, y: HEIGHT - 8, 'text-anchor': 'middle' },
          options.periodLabel(bar.period),
        ),
      );
  });
  return root;
}
