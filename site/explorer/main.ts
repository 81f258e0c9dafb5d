import type { Domain, Language, TimelineQuery } from 'us-mexico-relations';
import { formatBalance, formatPartialDate, formatUsd } from 'us-mexico-relations/format';
import { search } from 'us-mexico-relations/search';
import { cite } from 'us-mexico-relations/sources';
import { eventsByYear, timeline } from 'us-mexico-relations/timeline';
import { tradeMonthSeries, tradeSeries } from 'us-mexico-relations/trade';
import { barChart } from './chart.js';
import { citationList, h } from './dom.js';
import { type Granularity, type Labels, labelsFor, type Measure } from './labels.js';

/** What the reader has chosen; everything on the page is drawn from it. */
interface State {
  lang: Language;
  granularity: Granularity;
  measure: Measure;
  domain: Domain | '';
  year: string;
  query: string;
}

const state: State = { lang: 'en', granularity: 'years', measure: 'exports', domain: '', year: '', query: '' };
const MEASURES: readonly Measure[] = ['exports', 'imports', 'balance'];
const GRANULARITIES: readonly Granularity[] = ['years', 'months'];
/** The field of a trade row that holds each flow. */
const FLOW_FIELDS = { exports: 'exportsUsd', imports: 'importsUsd', balance: 'balanceUsd' } as const;
const citeLines = (record: Parameters<typeof cite>[0]) => cite(record, { lang: state.lang }).split('\n');

/** The choices a `<select>` makes. */
type SelectKey = 'measure' | 'domain' | 'year';

/**
 * A labelled `<select>` (id `<section>-<key>`) of one choice in `state`, which it sets before calling `redraw`.
 */
function choice<K extends SelectKey>(
  section: string,
  key: K,
  label: string,
  options: readonly (readonly [State[K], string])[],
  redraw: () => void,
): HTMLLabelElement {
  const element = h(
    'select',
    { id: `${section}-${key}` },
    ...options.map(([value, text]) => h('option', { value, selected: value === state[key] }, text)),
  );
  element.addEventListener('change', () => {
    state[key] = element.value as State[K];
    redraw();
  });
  return h('label', {}, `${label} `, element);
}

/** The choices a row of buttons makes. */
type ToggleKey = 'granularity' | 'lang';

/**
 * A row of buttons (`button[data-<key>]`), one per value of a choice in `state`, the chosen one pressed; a click sets
 * the choice and calls `redraw`.
 */
function toggle<K extends ToggleKey>(
  key: K,
  label: string,
  values: readonly State[K][],
  text: (value: State[K]) => string,
  redraw: () => void,
): HTMLElement {
  const group = h('div', { class: 'toggle', role: 'group', 'aria-label': label });
  for (const value of values) {
    const button = h(
      'button',
      { type: 'button', [`data-${key}`]: value, 'aria-pressed': String(value === state[key]) },
      text(value),
    );
    button.addEventListener('click', () => {
      state[key] = value;
      for (const other of group.querySelectorAll('button'))
        other.setAttribute('aria-pressed', String(other === button));
      redraw();
    });
    group.append(button);
  }
  return group;
}

/** A section of the page: its heading, its controls, then its content. */
function section(id: string, heading: string, controls: readonly Node[], ...content: Node[]): HTMLElement {
  return h('section', { id }, h('h2', {}, heading), h('div', { class: 'controls' }, ...controls), ...content);
}

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
    latest === undefined
      ? ''
      : citationList(
          citeLines({ sources: [{ source: latest.vintage }] }),
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

/** The events `timeline()` finds for the chosen domain and year, each with its sources. */
function timelineList(labels: Labels): HTMLElement {
  const { lang } = state;
  const query: TimelineQuery = {
    ...(state.domain === '' ? {} : { domains: [state.domain] }),
    ...(state.year === '' ? {} : { from: state.year, to: state.year }),
  };
  const events = timeline(query);
  return h(
    'div',
    {},
    h('p', { id: 'timeline-count' }, labels.eventCount(events.length)),
    h(
      'ol',
      { id: 'timeline-list' },
      ...events.map((event) => {
        const lines = citeLines(event);
        return h(
          'li',
          { 'data-id': event.id },
          h('time', { datetime: event.date }, formatPartialDate(event.date, { lang })),
          ' ',
          h('strong', {}, event.title[lang]),
          ' ',
          ...event.domains.map((domain) => h('span', { class: `chip ${domain}` }, labels.cli.domains[domain])),
          h('p', {}, event.summary[lang]),
          citationList(lines, labels.sourceCount(lines.length)),
        );
      }),
    ),
  );
}

/** The timeline section: domain and year choices (the domains and years events have), the list. */
function timelineSection(labels: Labels): HTMLElement {
  const list = h('div', {}, timelineList(labels));
  const redraw = () => list.replaceChildren(timelineList(labels));
  const domains = [...new Set(timeline().flatMap((event) => event.domains))]
    .map((domain) => [domain, labels.cli.domains[domain]] as const)
    .sort(([, a], [, b]) => a.localeCompare(b, state.lang));
  const years = [...eventsByYear().keys()].reverse().map((year) => [String(year), String(year)] as const);
  return section(
    'timeline',
    labels.timelineHeading,
    [
      choice('timeline', 'domain', labels.domain, [['', labels.all], ...domains], redraw),
      choice('timeline', 'year', labels.cli.year, [['', labels.all], ...years], redraw),
    ],
    list,
  );
}

/** The hits of `search()` for what the reader typed, each with its sources (the best one's shown). */
function searchResults(labels: Labels): HTMLElement {
  if (state.query.trim() === '') return h('ol', { id: 'search-results' });
  const hits = search(state.query, { lang: state.lang });
  if (hits.length === 0) return h('p', { id: 'search-results' }, labels.cli.noMatches);
  return h(
    'ol',
    { id: 'search-results' },
    ...hits.map((hit, i) => {
      const lines = citeLines(hit.record);
      return h(
        'li',
        { 'data-id': hit.id, 'data-kind': hit.kind },
        h('span', { class: 'chip' }, labels.cli.recordKinds[hit.kind]),
        ' ',
        h('strong', {}, hit.label),
        hit.kind === 'event' ? ` (${formatPartialDate(hit.record.date, { lang: state.lang })})` : '',
        citationList(lines, labels.sourceCount(lines.length), i === 0),
      );
    }),
  );
}

/** The search section: the box and its results, redrawn at each keystroke. */
function searchSection(labels: Labels): HTMLElement {
  const results = h('div', {}, searchResults(labels));
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    value: state.query,
    placeholder: labels.searchPlaceholder,
    'aria-label': labels.searchHeading,
  });
  input.addEventListener('input', () => {
    state.query = input.value;
    results.replaceChildren(searchResults(labels));
  });
  return section('search', labels.searchHeading, [input], results);
}

/** The link back to the reference, the language buttons, the title. */
function header(labels: Labels): HTMLElement {
  const languages = toggle(
    'lang',
    labels.language,
    ['en', 'es'],
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

/** Draws the whole page in the chosen language, keeping every other choice. */
function render(): void {
  const labels = labelsFor(state.lang);
  document.documentElement.lang = state.lang;
  document.title = labels.title;
  document.body.replaceChildren(
    h('main', {}, header(labels), tradeSection(labels), timelineSection(labels), searchSection(labels)),
  );
}

render();
