import { type Domain, type EventKind, timeline as query } from '../../index.js';
import { eventColumns, eventFields } from '../columns.js';
import { choice, type Command, defined } from '../command.js';
import { labels } from '../i18n.js';
import { listReport, renderTable } from '../output.js';

/** The closed vocabularies, from the CLI's translation tables (which the compiler keeps complete). */
export const DOMAIN_NAMES = Object.keys(labels('en').domains) as Domain[];
export const EVENT_KINDS = Object.keys(labels('en').eventKinds) as EventKind[];

/** `usmx timeline`: events of the relationship, filtered as `timeline()` filters them. */
export const timeline: Command = {
  name: 'timeline',
  summary: 'events by date, domain, kind, initiative, actor, place or text',
  details:
    'Events whose dates overlap --from..--to (or lie within it, with --within), oldest first; every filter ' +
    'given must hold. Titles wrap; sources show by publisher. json and ndjson print the event records; csv has ' +
    'the columns of the shipped csv/events.csv.',
  options: {
    from: { type: 'string', placeholder: 'DATE', description: 'start date: YYYY, YYYY-MM or YYYY-MM-DD' },
    to: { type: 'string', placeholder: 'DATE', description: 'end date, inclusive' },
    within: { type: 'boolean', description: 'only events wholly inside --from..--to' },
    domain: { type: 'string', multiple: true, placeholder: 'DOMAIN', description: DOMAIN_NAMES.join(', ') },
    kind: { type: 'string', multiple: true, placeholder: 'KIND', description: EVENT_KINDS.join(', ') },
    initiative: { type: 'string', placeholder: 'KEY', description: 'an initiative id, acronym, alias or name (T-MEC)' },
    actor: { type: 'string', placeholder: 'KEY', description: 'an actor id, acronym, alias or name (Sheinbaum)' },
    place: { type: 'string', placeholder: 'KEY', description: 'a place id, code or name (MX-SON, Sonora)' },
    text: { type: 'string', placeholder: 'TEXT', description: 'words in the title or summary, either language' },
  },
  examples: [
    'usmx timeline --from 2025-09',
    'usmx timeline --domain security --domain migration --lang es',
    'usmx timeline --initiative T-MEC --kind signing --format csv',
    'usmx timeline --actor Sheinbaum --from 2025',
  ],
  run({ lang, string, strings, flag }) {
    const domains = strings('domain').map((d) => choice(d, DOMAIN_NAMES, 'domain'));
    const kinds = strings('kind').map((k) => choice(k, EVENT_KINDS, 'kind'));
    const events = query(
      defined({
        from: string('from'),
        to: string('to'),
        match: flag('within') ? ('within' as const) : undefined,
        initiative: string('initiative'),
        actor: string('actor'),
        place: string('place'),
        text: string('text'),
        domains: domains.length > 0 ? domains : undefined,
        kinds: kinds.length > 0 ? kinds : undefined,
      }),
    );
    return listReport(events, eventFields(), (style) =>
      events.length === 0 ? [labels(lang).noMatches] : renderTable(events, eventColumns(lang, style.width), { style }),
    );
  },
};
