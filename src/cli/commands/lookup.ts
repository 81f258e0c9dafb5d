import {
  type ActorRecord,
  getActor,
  getInitiative,
  getPlace,
  type InitiativeRecord,
  type Language,
  NotFoundError,
  type PlaceRecord,
  requireActor,
  requireInitiative,
  requirePlace,
} from '../../index.js';
import type { Command } from '../command.js';
import { dateText, sourceIds } from '../format.js';
import { type DetailField, labels } from '../i18n.js';
import { type Cell, csvTable, type Report, renderTable } from '../output.js';

/** One field of the record shown: its raw value for csv and its text for the table. */
interface Detail {
  readonly field: DetailField;
  readonly value: Cell;
  readonly text: string;
}

type Found =
  | { readonly kind: 'initiative'; readonly record: InitiativeRecord }
  | { readonly kind: 'actor'; readonly record: ActorRecord }
  | { readonly kind: 'place'; readonly record: PlaceRecord };

function detail(field: DetailField, value: Cell, text?: string): Detail {
  return { field, value, text: text ?? (typeof value === 'object' ? value.join(', ') : String(value ?? '')) };
}

function date(field: DetailField, value: string | undefined, lang: Language): Detail {
  return detail(field, value, dateText(value, lang));
}

function initiativeDetails(r: InitiativeRecord, lang: Language): Detail[] {
  const domains = labels(lang).domains;
  return [
    detail('kind', r.kind),
    detail('name', r.name[lang]),
    detail('acronyms', r.acronyms[lang]),
    detail('aliases', r.aliases[lang]),
    detail('status', r.status),
    date('start', r.start, lang),
    date('end', r.end, lang),
    detail('domains', r.domains, r.domains.map((d) => domains[d]).join(', ')),
    detail('parties', r.parties),
    detail('parent', r.parent),
    detail('replaces', r.replaces),
    detail('leadActors', r.leadActors),
    detail(
      'components',
      r.components.map((c) => c.name[lang]),
      r.components.map((c) => `${c.name[lang]} (${c.kind})`).join('; '),
    ),
    detail('summary', r.summary[lang]),
  ];
}

function actorDetails(r: ActorRecord, lang: Language): Detail[] {
  const since = labels(lang).since;
  const term = (from: string, to: string | undefined) =>
    to === undefined ? `${since} ${dateText(from, lang)}` : `${dateText(from, lang)} – ${dateText(to, lang)}`;
  const offices = r.offices.map((o) => `${o.title[lang]}: ${term(o.from, o.to)}`);
  return [
    detail('kind', r.kind),
    detail('name', r.name[lang]),
    detail('acronyms', r.acronyms[lang]),
    detail('aliases', r.aliases[lang]),
    detail('country', r.country),
    detail('offices', offices, offices.join('; ')),
  ];
}

function placeDetails(r: PlaceRecord, lang: Language): Detail[] {
  const words = labels(lang);
  return [
    detail('name', r.name[lang]),
    detail('country', r.country),
    detail('iso31662', r.iso31662),
    detail('inegi', r.inegi),
    detail('capital', r.capital?.[lang]),
    detail('onUsMexicoBorder', r.onUsMexicoBorder, r.onUsMexicoBorder ? words.yes : words.no),
  ];
}

/**
 * The initiative, actor or place a key names, tried in that order. When none does, throws a `NotFoundError`
 * with the suggestions of all three lookups (case-insensitive duplicates dropped).
 */
function find(key: string): Found {
  const initiative = getInitiative(key);
  if (initiative !== undefined) return { kind: 'initiative', record: initiative };
  const actor = getActor(key);
  if (actor !== undefined) return { kind: 'actor', record: actor };
  const place = getPlace(key);
  if (place !== undefined) return { kind: 'place', record: place };
  const suggestions = new Map<string, string>();
  for (const lookup of [requireInitiative, requireActor, requirePlace]) {
    try {
      lookup(key);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      for (const suggestion of error.suggestions)
        if (!suggestions.has(suggestion.toLowerCase())) suggestions.set(suggestion.toLowerCase(), suggestion);
    }
  }
  throw new NotFoundError('record', key, [...suggestions.values()].slice(0, 5));
}

function details(found: Found, lang: Language): Detail[] {
  const own =
    found.kind === 'initiative'
      ? initiativeDetails(found.record, lang)
      : found.kind === 'actor'
        ? actorDetails(found.record, lang)
        : placeDetails(found.record, lang);
  const { record } = found;
  return [
    detail('record', found.kind, labels(lang).recordKinds[found.kind]),
    detail('id', record.id),
    ...own,
    detail('note', record.note),
    detail('sources', sourceIds(record)),
  ].filter((d) => d.text !== '');
}

/** `usmx lookup`: one initiative, actor or place by any of its keys. */
export const lookup: Command = {
  name: 'lookup',
  summary: 'an initiative, actor or place by id, acronym, alias or name',
  details:
    'Tries initiatives, then actors, then places, ignoring case, accents and punctuation. json prints the record as ' +
    'the package returns it; csv has one field,value row per field, with text in --lang. An unknown key exits 1 ' +
    'with suggestions.',
  positional: {
    name: 'key',
    words: true,
    description: 'an id, acronym, alias or name: usmca, T-MEC, Sheinbaum, MX-NLE, Nuevo León',
  },
  options: {},
  examples: ['usmx lookup T-MEC', 'usmx lookup Claudia Sheinbaum --lang es', 'usmx lookup "nuevo leon" --format json'],
  run({ argument, lang }): Report {
    const found = find(argument);
    const rows = details(found, lang);
    const words = labels(lang);
    return {
      data: found.record,
      csv: csvTable(rows, [
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
