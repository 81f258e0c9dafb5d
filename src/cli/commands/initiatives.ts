import { type InitiativeRecord, type InitiativeStatus, initiatives as query } from '../../index.js';
import { choice, type Command, defined } from '../command.js';
import { dateText, sourceIds } from '../format.js';
import { labels } from '../i18n.js';
import { listReport, renderTable } from '../output.js';
import { DOMAIN_NAMES } from './timeline.js';

const STATUSES = Object.keys(labels('en').statuses) as InitiativeStatus[];

/** `usmx initiatives`: the initiatives, filtered as `initiatives()` filters them. */
export const initiatives: Command = {
  name: 'initiatives',
  summary: 'initiatives, agreements and dialogues, by domain, status, party or date',
  details:
    'Sorted by id; every filter given must hold. The id is shown whole, for usmx lookup and usmx cite. json ' +
    'prints the initiative records; csv has id, kind, status, name_en, name_es, acronyms, start, end, domains, ' +
    'parties and sources.',
  options: {
    domain: { type: 'string', placeholder: 'DOMAIN', description: DOMAIN_NAMES.join(', ') },
    status: { type: 'string', placeholder: 'STATUS', description: STATUSES.join(', ') },
    party: { type: 'string', placeholder: 'CODE', description: 'a party country: MX, US, CA' },
    'active-on': { type: 'string', placeholder: 'DATE', description: 'only those in force on this date' },
  },
  examples: [
    'usmx initiatives --status active',
    'usmx initiatives --domain security --lang es',
    'usmx initiatives --active-on 2015 --format csv',
  ],
  run({ lang, string }) {
    const domain = string('domain');
    const status = string('status');
    const records = query(
      defined({
        domain: domain === undefined ? undefined : choice(domain, DOMAIN_NAMES, 'domain'),
        status: status === undefined ? undefined : choice(status, STATUSES, 'status'),
        party: string('party'),
        activeOn: string('active-on'),
      }),
    );
    const words = labels(lang);
    return listReport<InitiativeRecord>(
      records,
      [
        { name: 'id', value: (r) => r.id },
        { name: 'kind', value: (r) => r.kind },
        { name: 'status', value: (r) => r.status },
        { name: 'name_en', value: (r) => r.name.en },
        { name: 'name_es', value: (r) => r.name.es },
        { name: 'acronyms', value: (r) => [...new Set([...r.acronyms.en, ...r.acronyms.es])] },
        { name: 'start', value: (r) => r.start },
        { name: 'end', value: (r) => r.end },
        { name: 'domains', value: (r) => r.domains },
        { name: 'parties', value: (r) => r.parties },
        { name: 'sources', value: sourceIds },
      ],
      (style) =>
        records.length === 0
          ? [words.noMatches]
          : renderTable(
              records,
              [
                { header: 'Id', keep: true, value: (r) => r.id },
                { header: words.name, flex: true, wrap: true, value: (r) => r.name[lang] },
                { header: words.status, wrap: true, value: (r) => words.statuses[r.status] },
                { header: words.fields.start, wrap: true, value: (r) => dateText(r.start, lang) },
              ],
              { style },
            ),
    );
  },
};
