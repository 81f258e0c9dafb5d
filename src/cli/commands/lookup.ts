import {
  type ActorRecord,
  type CommentRecord,
  type EventRecord,
  type FigureRecord,
  formatQuantity,
  getActor,
  getInitiative,
  getPlace,
  type InitiativeRecord,
  type Language,
  type PlaceRecord,
  type RoleRecord,
} from '../../index.js';
import type { Command } from '../command.js';
import { dateText, englishNote, publishers, sourceIds, spanText } from '../format.js';
import { type DetailField, labels } from '../i18n.js';
import { type Cell, csvTable, type Report, renderTable } from '../output.js';
import { type FoundRecord, requireRecord } from '../records.js';

/** One field of the record shown: its raw value for csv and its text for the table. */
interface Detail {
  readonly field: DetailField;
  readonly value: Cell;
  readonly text: string;
}

function detail(field: DetailField, value: Cell, text?: string): Detail {
  return { field, value, text: text ?? (typeof value === 'object' ? value.join(', ') : String(value ?? '')) };
}

function date(field: DetailField, value: string | undefined, lang: Language): Detail {
  return detail(field, value, dateText(value, lang));
}

/** A list of ids shown by the names they stand for (`nafta` as North American Free Trade Agreement). */
function named(field: DetailField, ids: readonly string[], name: (id: string) => string | undefined): Detail {
  return detail(field, ids, ids.map((id) => name(id) ?? id).join('; '));
}

const initiativeName = (lang: Language) => (id: string) => getInitiative(id)?.name[lang];
const actorName = (lang: Language) => (id: string) => getActor(id)?.name[lang];
const placeName = (lang: Language) => (id: string) => getPlace(id)?.name[lang];
const countryName = (lang: Language) => (code: string) => labels(lang).countries[code];

function initiativeDetails(r: InitiativeRecord, lang: Language): Detail[] {
  const words = labels(lang);
  return [
    detail('kind', r.kind, words.initiativeKinds[r.kind]),
    detail('name', r.name[lang]),
    detail('acronyms', r.acronyms[lang]),
    detail('aliases', r.aliases[lang]),
    detail('status', r.status, words.statuses[r.status]),
    date('start', r.start, lang),
    date('end', r.end, lang),
    detail('domains', r.domains, r.domains.map((d) => words.domains[d]).join(', ')),
    named('parties', r.parties, countryName(lang)),
    named('parent', r.parent === undefined ? [] : [r.parent], initiativeName(lang)),
    named('replaces', r.replaces, initiativeName(lang)),
    named('leadActors', r.leadActors, actorName(lang)),
    detail(
      'components',
      r.components.map((c) => c.name[lang]),
      r.components.map((c) => `${c.name[lang]} (${words.componentKinds[c.kind]})`).join('; '),
    ),
    detail('summary', r.summary[lang]),
  ];
}

function actorDetails(r: ActorRecord, lang: Language): Detail[] {
  const words = labels(lang);
  const offices = r.offices.map((o) => `${o.title[lang]}: ${spanText(o.from, o.to, lang)}`);
  return [
    detail('kind', r.kind, words.actorKinds[r.kind]),
    detail('name', r.name[lang]),
    detail('acronyms', r.acronyms[lang]),
    detail('aliases', r.aliases[lang]),
    named('country', r.country === undefined ? [] : [r.country], countryName(lang)),
    detail('offices', offices, offices.join('; ')),
  ];
}

function placeDetails(r: PlaceRecord, lang: Language): Detail[] {
  const words = labels(lang);
  return [
    detail('name', r.name[lang]),
    named('country', [r.country], countryName(lang)),
    detail('iso31662', r.iso31662),
    detail('inegi', r.inegi),
    detail('capital', r.capital?.[lang]),
    detail('onUsMexicoBorder', r.onUsMexicoBorder, r.onUsMexicoBorder ? words.yes : words.no),
  ];
}

function eventDetails(r: EventRecord, lang: Language): Detail[] {
  const words = labels(lang);
  return [
    date('date', r.date, lang),
    detail('kind', r.kind, words.eventKinds[r.kind]),
    detail('title', r.title[lang]),
    detail('domains', r.domains, r.domains.map((d) => words.domains[d]).join(', ')),
    named('initiatives', r.initiatives, initiativeName(lang)),
    named('actors', r.actors, actorName(lang)),
    named('places', r.places, placeName(lang)),
    detail('figures', r.figures),
    detail('summary', r.summary[lang]),
  ];
}

function figureDetails(r: FigureRecord, lang: Language): Detail[] {
  const words = labels(lang);
  return [
    date('date', r.date, lang),
    detail('subject', r.subject, words.subjects[r.subject]),
    detail('label', r.label[lang]),
    detail('value', r.quantity.value, formatQuantity(r.quantity, { lang })),
    detail('domains', r.domains, r.domains.map((d) => words.domains[d]).join(', ')),
  ];
}

function roleDetails(r: RoleRecord, lang: Language): Detail[] {
  return [
    detail('name', r.name[lang]),
    named('country', [r.country], countryName(lang)),
    detail('coverage', [r.coverage.from, r.coverage.to ?? ''], spanText(r.coverage.from, r.coverage.to, lang)),
  ];
}

function commentDetails(r: CommentRecord, lang: Language): Detail[] {
  const words = labels(lang);
  return [
    detail('author', r.author),
    detail('stance', r.stance.value, words.stances[r.stance.value]),
    detail('text', r.text),
  ];
}

function own(found: FoundRecord, lang: Language): Detail[] {
  switch (found.kind) {
    case 'initiative':
      return initiativeDetails(found.record, lang);
    case 'actor':
      return actorDetails(found.record, lang);
    case 'place':
      return placeDetails(found.record, lang);
    case 'event':
      return eventDetails(found.record, lang);
    case 'figure':
      return figureDetails(found.record, lang);
    case 'role':
      return roleDetails(found.record, lang);
    case 'comment':
      return commentDetails(found.record, lang);
  }
}

function details(found: FoundRecord, lang: Language): Detail[] {
  const { record } = found;
  const note = 'note' in record ? record.note : undefined;
  return [
    detail('record', found.kind, labels(lang).recordKinds[found.kind]),
    detail('id', record.id),
    ...own(found, lang),
    detail('note', note, englishNote(note, lang)),
    detail('sources', sourceIds(record), publishers(record).join('; ')),
  ].filter((d) => d.text !== '');
}

/** `usmx lookup`: any record by any of its keys. */
export const lookup: Command = {
  name: 'lookup',
  summary: 'any record (initiative, actor, place, event, figure, office) by any key',
  details:
    'Tries initiatives, actors and places (by id, acronym, alias or name, ignoring case, accents and punctuation), ' +
    'then events, figures, offices and comments. Related records show by name; sources by publisher (usmx cite ' +
    'takes the same keys). json prints the record as the package returns it; csv has one field,value row per ' +
    'field, with ids where the table shows names. An unknown key exits 1 with suggestions.',
  positional: {
    name: 'key',
    words: true,
    description: 'an id, acronym, alias or name: usmca, T-MEC, Sheinbaum, MX-NLE, Nuevo León, an event id',
  },
  options: {},
  examples: ['usmx lookup T-MEC', 'usmx lookup Claudia Sheinbaum --lang es', 'usmx lookup "nuevo leon" --format json'],
  run({ argument, lang }): Report {
    const found = requireRecord(argument);
    const rows = details(found, lang);
    const words = labels(lang);
    return {
      data: found.record,
      csv: () =>
        csvTable(rows, [
          { name: 'field', value: (d) => d.field },
          { name: 'value', value: (d) => d.value },
        ]),
      table: (style) =>
        renderTable(
          rows,
          [
            { header: words.field, value: (d) => words.fields[d.field] },
            { header: words.value, flex: true, wrap: true, value: (d) => d.text },
          ],
          { style },
        ),
    };
  },
};
