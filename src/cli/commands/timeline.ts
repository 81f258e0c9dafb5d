import { type Domain, timeline as query } from '../../index.js';
import { eventColumns, eventFields } from '../columns.js';
import { type Command, defined } from '../command.js';
import { labels } from '../i18n.js';
import { listReport, renderTable } from '../output.js';

/** `usmx timeline`: events of the relationship, filtered by date, domain and initiative. */
export const timeline: Command = {
  name: 'timeline',
  summary: 'events by date, domain or initiative',
  details:
    'Events whose dates overlap --from..--to, oldest first. json and ndjson print the event records; csv has ' +
    'id, date, kind, title, summary (in --lang), domains, initiatives, actors, places, figures and sources.',
  options: {
    from: { type: 'string', placeholder: 'DATE', description: 'start date: YYYY, YYYY-MM or YYYY-MM-DD' },
    to: { type: 'string', placeholder: 'DATE', description: 'end date, inclusive' },
    domain: {
      type: 'string',
      multiple: true,
      placeholder: 'DOMAIN',
      description: 'security, trade, economy, development, migration, public-health or diplomacy',
    },
    initiative: {
      type: 'string',
      placeholder: 'KEY',
      description: 'an initiative id, acronym, alias or name (T-MEC, DEAN)',
    },
  },
  examples: [
    'usmx timeline --from 2025-09',
    'usmx timeline --domain security --domain migration --lang es',
    'usmx timeline --initiative T-MEC --format csv',
  ],
  run({ lang, string, strings }) {
    const domains = strings('domain') as Domain[];
    const events = query(
      defined({
        from: string('from'),
        to: string('to'),
        initiative: string('initiative'),
        domains: domains.length > 0 ? domains : undefined,
      }),
    );
    return listReport(events, eventFields(lang), (style) =>
      events.length === 0 ? [labels(lang).noMatches] : renderTable(events, eventColumns(lang), { style }),
    );
  },
};
