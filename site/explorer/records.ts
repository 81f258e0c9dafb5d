/**
 * The sections that need every record: the timeline and the search, with citations. The page loads this module
 * after drawing the trade chart, so that the chart does not wait for the whole dataset.
 */
import type { TimelineQuery } from 'us-mexico-relations';
import { formatPartialDate } from 'us-mexico-relations/format';
import { search } from 'us-mexico-relations/search';
import { cite } from 'us-mexico-relations/sources';
import { eventsByYear, timeline } from 'us-mexico-relations/timeline';
import { choice, section } from './controls.js';
import { citationList, h } from './dom.js';
import type { Labels } from './labels.js';
import { state } from './state.js';

/**
 * The lines of `cite(record)` in the chosen language.
 *
 * @param record - A record, or anything with `sources`.
 * @returns One line per source.
 */
export const citeLines = (record: Parameters<typeof cite>[0]): string[] =>
  cite(record, { lang: state.lang }).split('\n');

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
export function timelineSection(labels: Labels): HTMLElement {
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
export function searchSection(labels: Labels): HTMLElement {
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
