import { compareCodeUnits } from '../../core/compare.js';
import { borderStates, type Language, mexicanStates, type PlaceRecord } from '../../index.js';
import { choice, type Command } from '../command.js';
import { sourceIds } from '../format.js';
import { labels } from '../i18n.js';
import { type CsvField, listReport, renderTable } from '../output.js';

const COUNTRIES = ['MX', 'US'] as const;

/** Csv columns of a place: those of the shipped csv/places.csv. */
function placeFields(): CsvField<PlaceRecord>[] {
  return [
    { name: 'id', value: (r) => r.id },
    { name: 'country', value: (r) => r.country },
    { name: 'iso31662', value: (r) => r.iso31662 },
    { name: 'inegi', value: (r) => r.inegi },
    { name: 'name_en', value: (r) => r.name.en },
    { name: 'name_es', value: (r) => r.name.es },
    { name: 'official_name', value: (r) => r.officialName },
    { name: 'abbreviation', value: (r) => r.abbreviation },
    { name: 'aliases', value: (r) => r.aliases },
    { name: 'capital_en', value: (r) => r.capital?.en },
    { name: 'capital_es', value: (r) => r.capital?.es },
    { name: 'onUsMexicoBorder', value: (r) => r.onUsMexicoBorder },
    { name: 'sources', value: sourceIds },
  ];
}

/** The places the data records: the Mexican states, and the U.S. states on the border. */
function allPlaces(): PlaceRecord[] {
  const byId = new Map<string, PlaceRecord>();
  for (const place of [...mexicanStates(), ...borderStates()]) byId.set(place.id, place);
  return [...byId.values()].sort((a, b) => compareCodeUnits(a.id, b.id));
}

function placeRows(country: 'MX' | 'US' | undefined, border: boolean): PlaceRecord[] {
  return allPlaces().filter((p) => (country === undefined || p.country === country) && (!border || p.onUsMexicoBorder));
}

/** `usmx places`: the states the data knows, with their codes. */
export const places: Command = {
  name: 'places',
  summary: 'the places: Mexican states and the U.S. border states, with their codes',
  details:
    'Sorted by id. Every key shown (id, ISO 3166-2 code, name) works in usmx lookup and timeline --place. json ' +
    'prints the place records; csv has the columns of the shipped csv/places.csv.',
  options: {
    country: { type: 'string', placeholder: 'MX|US', description: 'only the places of this country' },
    border: { type: 'boolean', description: 'only the states on the U.S.–Mexico border' },
  },
  examples: ['usmx places', 'usmx places --border --lang es', 'usmx places --country mx --format csv'],
  run({ lang, string, flag }) {
    const countryOption = string('country');
    const country = countryOption === undefined ? undefined : choice(countryOption, COUNTRIES, 'country');
    const rows = placeRows(country, flag('border'));
    return listReport(rows, placeFields(), (style) => table(rows, lang, style));
  },
};

function table(rows: readonly PlaceRecord[], lang: Language, style: Parameters<typeof renderTable>[2]['style']) {
  const words = labels(lang);
  return renderTable(
    rows,
    [
      { header: 'Id', keep: true, value: (p) => p.id },
      { header: 'ISO 3166-2', keep: true, value: (p) => p.iso31662 },
      { header: words.name, flex: true, wrap: true, value: (p) => p.name[lang] },
      { header: words.capital, wrap: true, value: (p) => p.capital?.[lang] ?? '' },
      { header: words.border, value: (p) => (p.onUsMexicoBorder ? words.yes : '') },
    ],
    { style },
  );
}
