import type { Language } from 'us-mexico-relations';
import { formatBalance, formatPartialDate, formatUsd } from 'us-mexico-relations/format';
import { tradeMonthSeries, tradeSeries } from 'us-mexico-relations/trade';
import { barChart } from './chart.js';
import { choice, section, toggle } from './controls.js';
import { citationList, h } from './dom.js';
import { type Granularity, type Labels, labelsFor, type Measure } from './labels.js';
import { state } from './state.js';

/** The timeline and search sections, once loaded. */
let records: typeof import('./records.js') | undefined;

const MEASURES: readonly Measure[] = ['exports', 'imports', 'balance'];
const GRANULARITIES: readonly Granularity[] = ['years', 'months'];
const LANGUAGES: readonly Language[] = ['en', 'es'];
/** The field of a trade row that holds each flow. */
const FLOW_FIELDS = { exports: 'exportsUsd', imports: 'importsUsd', balance: 'balanceUsd' } as const;

/** The chart of the chosen flow by the chosen period, and the sources of the Census release of its latest period. */
function tradeChart(labels: Labels): HTMLElement {
  const { lang } = state;
  const periods =
    state.granularity === 'years'
      ? tradeSeries().map((row) => ({ ...row, period: String(row.year) }))
      : tradeMonthSeries().map((row) => ({ ...row, period: row.month }));
  const measureName = labels.cli[state.measure];
  const money = (value: number) =>
    state.measure === 'balance' ? formatBalance(value, { lang }) : formatUsd(value, { lang });
  const billions = new Intl.NumberFormat(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 1 });
  const chart = barChart(
    periods.map((row) => {
      const value = row[FLOW_FIELDS[state.measure]];
      return { period: row.period, value, title: `${formatPartialDate(row.period, { lang })}: ${money(value)}` };
    }),
    {
      label: `${labels.tradeHeading}: ${measureName}`,
      labelled: (period) => Number(period.slice(0, 4)) % 5 === 0 && (period.length === 4 || period.endsWith('-01')),
      periodLabel: (period) => period.slice(0, 4),
      unit: labels.axisUnit,
      tick: (value) => billions.format(value / 1e9),
    },
  );
  chart.classList.add(state.measure);
  const latest = periods.at(-1);
  return h(
    'div',
    {},
    h('figure', { id: 'trade-chart', 'data-granularity': state.granularity, 'data-measure': state.measure }, chart),
    latest === undefined || records === undefined
      ? ''
      : citationList(
          records.citeLines({ sources: [{ source: latest.vintage }] }),
          `${labels.latestSources} (${formatPartialDate(latest.period, { lang })})`,
        ),
  );
}

/** The trade section: period buttons, flow choice, the chart. */
function tradeSection(labels: Labels): HTMLElement {
  const chart = h('div', {}, tradeChart(labels));
  const redraw = () => chart.replaceChildren(tradeChart(labels));
  const granularity = toggle(
    'granularity',
    labels.granularity,
    GRANULARITIES,
    (value) => labels.cli[value === 'years' ? 'year' : 'month'],
    redraw,
  );
  const measure = choice(
    'trade',
    'measure',
    labels.measure,
    MEASURES.map((m) => [m, labels.cli[m]] as const),
    redraw,
  );
  return section(
    'trade',
    labels.tradeHeading,
    [granularity, measure],
    h('p', { class: 'caption' }, labels.tradeCaption),
    chart,
  );
}

/** The link back to the reference, the language buttons, the title. */
function header(labels: Labels): HTMLElement {
  const languages = toggle(
    'lang',
    labels.language,
    LANGUAGES,
    (lang) => (lang === 'en' ? 'English' : 'Español'),
    render,
  );
  return h(
    'header',
    {},
    h('nav', {}, h('a', { id: 'reference', href: '../index.html' }, `← ${labels.reference}`), languages),
    h('h1', {}, labels.title),
    h('p', {}, labels.intro),
  );
}

/** Draws the whole page in the chosen language, keeping every other choice; the records' sections once loaded. */
function render(): void {
  const labels = labelsFor(state.lang);
  document.documentElement.lang = state.lang;
  document.title = labels.title;
  const rest =
    records === undefined
      ? [h('p', { id: 'loading' }, labels.loading)]
      : [records.timelineSection(labels), records.searchSection(labels)];
  document.body.replaceChildren(h('main', {}, header(labels), tradeSection(labels), ...rest));
}

render();
// The trade chart needs a few kilobytes; the timeline, the search and the citations need every record.
void import('./records.js').then((loaded) => {
  records = loaded;
  render();
});
