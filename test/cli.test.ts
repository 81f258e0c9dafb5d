/**
 * `usmx`: every command runs in-process through `run`, the function the binary calls (test/cli-binary.test.ts runs
 * the built binary for what only a real process shows).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../scripts/lib/dataset.js';
import { failure } from '../src/cli/errors.js';
import {
  asOf,
  CITE_STYLES,
  cite,
  dataVersion,
  formatPartialDate,
  figures,
  initiatives,
  sourcesFor,
  timeline,
  tradeMonthSeries,
  tradeSeries,
} from '../src/index.js';
import { run } from '../src/cli/run.js';
import { ANSI, ok, usmx } from './helpers/usmx.js';

const json = (...args: string[]): unknown => JSON.parse(ok(...args, '--format', 'json'));
const lines = (text: string) => text.replace(/\n$/, '').split('\n');
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
/** Table text on one line, so that a phrase wrapped in its column can be found. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The columns of a shipped csv file, from the table of datasets: the CLI's csv must match them. */
const shipped = (name: keyof typeof DATASETS) => Object.keys(DATASETS[name].csv ?? {}).join(',');
const CITATION_HEADER = 'source,publisher,title,published,url,kind,language,quote,note';
const TERM_HEADER = 'role,actor,name_en,name_es,title_en,title_es,from,to,acting,sources';
/** One run of every command (and of each mode and filter), with the csv header each prints. */
const COMMANDS: readonly { readonly args: readonly string[]; readonly csvHeader: string }[] = [
  { args: ['brief'], csvHeader: 'section,group,id,date,text,value,sources' },
  { args: ['trade'], csvHeader: shipped('tradeYears') },
  { args: ['trade', '--monthly', '--from', '2024-07'], csvHeader: shipped('tradeMonths') },
  { args: ['timeline'], csvHeader: shipped('events') },
  { args: ['timeline', '--actor', 'Sheinbaum', '--kind', 'MEETING', '--from', '2025'], csvHeader: shipped('events') },
  { args: ['encounters'], csvHeader: 'period,value,qualifier,preliminary,vintage,sources' },
  {
    args: ['encounters', '--nationwide'],
    csvHeader: 'period,value,qualifier,preliminary,vintage,sources',
  },
  { args: ['remittances', '--monthly'], csvHeader: 'period,value,qualifier,preliminary,vintage,sources' },
  { args: ['fdi', '--from-us'], csvHeader: 'period,value,qualifier,preliminary,vintage,sources' },
  { args: ['lookup', 'usmca'], csvHeader: 'field,value' },
  { args: ['lookup', 'Claudia', 'Sheinbaum'], csvHeader: 'field,value' },
  { args: ['lookup', 'MX-NLE'], csvHeader: 'field,value' },
  { args: ['lookup', 'usmca-signed'], csvHeader: 'field,value' },
  { args: ['lookup', 'goods-trade-2024-first-release'], csvHeader: 'field,value' },
  { args: ['lookup', 'president-of-mexico'], csvHeader: 'field,value' },
  { args: ['search', 'border'], csvHeader: 'kind,id,label,score' },
  { args: ['figures'], csvHeader: shipped('figures') },
  { args: ['figures', '--subject', 'goods-trade', '--from', '2023'], csvHeader: shipped('figures') },
  {
    args: ['initiatives', '--status', 'active'],
    csvHeader: 'id,kind,status,name_en,name_es,acronyms,start,end,domains,parties,sources',
  },
  { args: ['office'], csvHeader: 'id,name_en,name_es,country,coverage_from,coverage_to' },
  { args: ['office', 'president-of-mexico', '2018'], csvHeader: TERM_HEADER },
  { args: ['office', 'us-secretary-of-state', '2025-01-21'], csvHeader: 'role,date,actor,name_en,name_es' },
  { args: ['places'], csvHeader: shipped('places') },
  { args: ['places', '--border', '--country', 'us'], csvHeader: shipped('places') },
  { args: ['cite', 'usmca'], csvHeader: CITATION_HEADER },
  { args: ['cite', 'T-MEC', '--style', 'markdown'], csvHeader: CITATION_HEADER },
  { args: ['comments'], csvHeader: 'id,position,author,language,stance,themes,text,sources' },
];

/** Whether a table line fits `width`, or is longer only because of one word that must not be split (a URL). */
function fits(line: string, width: number): boolean {
  return (
    line.length <= width ||
    !line
      .trim()
      .replace(/^(?:-|\d+\.) /, '')
      .includes(' ')
  );
}

describe.each(COMMANDS.map((command) => ({ ...command, name: command.args.join(' ') })))(
  'usmx $name',
  ({ args, csvHeader }) => {
    it.each(['en', 'es'])('prints a table within 80 columns, without colour off a terminal (--lang %s)', (lang) => {
      const out = ok(...args, '--lang', lang);
      expect(out.length).toBeGreaterThan(0);
      for (const line of lines(out)) expect(fits(line, 80), line).toBe(true);
      expect(out).not.toContain(ANSI);
    });
    it.each(['en', 'es'])('fills 160 columns when asked (--lang %s)', (lang) => {
      const out = ok(...args, '--lang', lang, '--width', '160');
      for (const line of lines(out)) expect(fits(line, 160), line).toBe(true);
    });
    it('prints json that a script can parse', () => {
      expect(typeof JSON.parse(ok(...args, '--format', 'json'))).toBe('object');
    });
    it('prints ndjson, one JSON value per line', () => {
      const out = lines(ok(...args, '--format', 'ndjson'));
      expect(out.length).toBeGreaterThan(0);
      for (const line of out) expect(() => JSON.parse(line)).not.toThrow();
    });
    it('prints csv with its header', () => {
      const out = lines(ok(...args, '--format', 'csv'));
      expect(out[0]).toBe(csvHeader);
      expect(out.length).toBeGreaterThan(1);
    });
    it('shows its help', () => {
      const out = ok(args[0] ?? '', '--help');
      expect(out).toContain(`Usage: usmx ${args[0]}`);
      expect(out).toContain('Examples:');
      expect(out).toContain('--format FORMAT');
      for (const line of lines(out)) expect(line.length, line).toBeLessThanOrEqual(80);
    });
  },
);

describe('usmx encounters, remittances and fdi', () => {
  it('print the published values with their qualifier, preliminary status, vintage and sources', () => {
    expect(json('encounters', '--from', 'FY2019', '--to', 'FY2019')).toEqual([
      {
        period: 'FY2019',
        value: 977_509,
        qualifier: 'exact',
        preliminary: false,
        vintage: '2021-01-05',
        sources: [
          'cbp-sw-land-border-encounters-dashboard-2021-01-docslib',
          'washingtonpost-2019-10-08-fy2019-border-arrests',
        ],
      },
    ]);
    expect(ok('encounters', '--component', 'usbp', '--from', 'FY2025')).toContain('237,565 p');
    expect(json('remittances', '--from', '2025')).toMatchObject([{ period: '2025', value: 61_791 }]);
    expect(json('fdi', '--from-us', '--from', '2022', '--to', '2022')).toMatchObject([
      { period: '2022', value: 15_000, qualifier: 'approximately', preliminary: true },
    ]);
    expect(usmx(['encounters', '--component', 'all']).code).toBe(2);
  });
});

describe('usmx trade', () => {
  it('gives the tradeSeries rows as json', () => {
    const out = ok('trade', '--from', '2023', '--to', '2023', '--format', 'json');
    expect(JSON.parse(out)).toEqual([
      {
        year: 2023,
        exportsUsd: 324_425_900_000,
        importsUsd: 472_898_700_000,
        totalUsd: 797_324_600_000,
        balanceUsd: -148_472_800_000,
        vintage: 'census-country-xlsx-2026-10',
        revisable: false,
      },
    ]);
    expect(json('trade')).toEqual(tradeSeries());
  });
  it('flattens the rows to csv in whole dollars, with the vintage', () => {
    expect(lines(ok('trade', '--from', '2019', '--to', '2020', '--format', 'csv'))).toEqual([
      'year,exportsUsd,importsUsd,totalUsd,balanceUsd,vintage,revisable',
      '2019,256676500000,356093600000,612770100000,-99417100000,census-country-xlsx-2024-01,false',
      '2020,212512800000,323476900000,535989700000,-110964100000,census-country-xlsx-2024-01,false',
    ]);
    // The same columns as the shipped CSVs, for years and for months (test/cli-binary.test.ts compares whole files).
    expect(lines(ok('trade', '--format', 'csv'))[0]).toBe(shipped('tradeYears'));
    expect(lines(ok('trade', '--monthly', '--format', 'csv'))[0]).toBe(shipped('tradeMonths'));
  });
  it('shows billions in the table, with the publisher of the data', () => {
    const row = lines(ok('trade', '--from', '2023', '--to', '2023')).find((line) => line.startsWith('2023'));
    expect(row?.split(/ {2,}|^(?=\S)/).filter(Boolean)).toEqual(
      expect.arrayContaining(['2023', '324.4', '472.9', '797.3', '-148.5', 'U.S. Census Bureau']),
    );
  });
  it('gives months with --monthly', () => {
    expect(json('trade', '--monthly', '--from', '2025-01', '--to', '2025-03')).toEqual(
      roundTrip(tradeMonthSeries({ from: '2025-01', to: '2025-03' })),
    );
    const out = ok('trade', '--monthly', '--from', '2025-01', '--to', '2025-01', '--lang', 'es');
    expect(out).toContain('Mes');
    expect(out).toContain('enero de 2025');
  });
  it('uses Spanish headings with --lang es', () => {
    const out = ok('trade', '--from', '2025', '--lang', 'es');
    expect(out).toContain('Año');
    expect(out).toContain('Saldo');
  });
});

describe('usmx timeline', () => {
  it('gives the timeline records as json, filtered', () => {
    expect(json('timeline')).toEqual(roundTrip(timeline()));
    expect(json('timeline', '--from', '2025-09', '--to', '2025-09', '--domain', 'security')).toEqual(
      roundTrip(timeline({ from: '2025-09', to: '2025-09', domains: ['security'] })),
    );
    const dates = (json('timeline', '--initiative', 'T-MEC') as { date: string }[]).map((e) => e.date);
    expect(dates).toEqual(timeline({ initiative: 'usmca' }).map((e) => e.date));
    expect(dates).toEqual(expect.arrayContaining(['2018-11-30', '2020-07-01']));
  });
  it('shows titles and dates in the language asked for', () => {
    const en = ok('timeline', '--initiative', 'usmca');
    expect(en).toContain('November 30, 2018');
    const es = ok('timeline', '--initiative', 'usmca', '--lang', 'es');
    expect(es).toContain('30 de noviembre de 2018');
    expect(es).toContain('Se firma el T-MEC');
  });
  it('writes csv with the titles in both languages and lists joined by ;', () => {
    const rows = lines(ok('timeline', '--initiative', 'usmca', '--format', 'csv', '--lang', 'es'));
    expect(rows).toContainEqual(expect.stringMatching(/^usmca-signed,2018-11-30,signing,.*,Se firma el T-MEC,/));
    const event = timeline({ initiative: 'usmca' })[0];
    expect(rows[1]?.startsWith(`${event?.id},${event?.date},${event?.kind},`)).toBe(true);
    expect(rows[1]).toContain(`,${event?.domains.join(';')},`);
  });
  it('takes several domains, in any case', () => {
    const ids = (json('timeline', '--domain', 'Trade', '--domain', 'migration') as { id: string }[]).map((e) => e.id);
    expect(ids).toEqual(timeline({ domains: ['trade', 'migration'] }).map((e) => e.id));
  });
  it("takes the API's filters: kind, actor, place, text, within", () => {
    const ids = (args: string[]) => (json('timeline', ...args) as { id: string }[]).map((e) => e.id);
    expect(ids(['--kind', 'signing', '--initiative', 'usmca'])).toEqual(
      timeline({ kinds: ['signing'], initiative: 'usmca' }).map((e) => e.id),
    );
    expect(ids(['--actor', 'Sheinbaum'])).toEqual(timeline({ actor: 'claudia-sheinbaum' }).map((e) => e.id));
    expect(ids(['--place', 'Sonora'])).toEqual(timeline({ place: 'mx-son' }).map((e) => e.id));
    expect(ids(['--text', 'fentanilo', '--from', '2025'])).toEqual(
      timeline({ text: 'fentanilo', from: '2025' }).map((e) => e.id),
    );
    expect(ids(['--from', '2025-09-15', '--to', '2025-09-30', '--within'])).toEqual(
      timeline({ from: '2025-09-15', to: '2025-09-30', match: 'within' }).map((e) => e.id),
    );
  });
  it('wraps titles instead of cutting them, and names publishers', () => {
    const out = ok('timeline', '--from', '2026-02-20');
    expect(out).not.toContain('…');
    expect(out).toContain('U.S. Supreme Court strikes down');
    expect(out).toContain('tariffs on Mexico');
    expect(out).toContain('Law360');
  });
});

describe('usmx lookup', () => {
  it('finds initiatives, actors and places by any key', () => {
    expect(json('lookup', 'T-MEC')).toMatchObject({ id: 'usmca' });
    expect(json('lookup', 'DEAN')).toMatchObject({ id: 'hled' });
    expect(json('lookup', 'Claudia', 'Sheinbaum')).toMatchObject({ id: 'claudia-sheinbaum', kind: 'person' });
    expect(json('lookup', 'nuevo leon')).toMatchObject({ id: 'mx-nle', iso31662: 'MX-NLE' });
    expect(json('lookup', 'usmca')).toEqual(roundTrip(initiatives().find((i) => i.id === 'usmca')));
  });
  it('finds events, figures and offices too', () => {
    expect(json('lookup', 'usmca-signed')).toMatchObject({ id: 'usmca-signed', kind: 'signing' });
    expect(json('lookup', 'goods-trade-2024-first-release')).toMatchObject({ subject: 'goods-trade' });
    expect(json('lookup', 'President of Mexico')).toMatchObject({ id: 'president-of-mexico' });
    expect(ok('lookup', 'goods-trade-2024-first-release')).toContain('2024');
  });
  it('shows names where the record has ids', () => {
    const en = ok('lookup', 'usmca');
    expect(en).toContain('North American Free Trade Agreement');
    expect(en).not.toContain('Replaces  nafta');
    expect(en).toContain('Government of Mexico');
    expect(en).not.toContain('us-government');
  });
  it('shows the record in the language asked for, vocabularies included', () => {
    const es = ok('lookup', 'usmca', '--lang', 'es');
    expect(es).toContain('Tratado entre México, Estados Unidos y Canadá');
    expect(es).toContain('1 de julio de 2020');
    expect(es).toMatch(/Tipo +acuerdo/);
    expect(es).toMatch(/Estado +vigente/);
    expect(es).not.toMatch(/agreement|active/);
    expect(oneLine(ok('lookup', 'Claudia', 'Sheinbaum', '--lang', 'es'))).toContain('desde el 1 de octubre de 2024');
    expect(ok('lookup', 'Claudia', 'Sheinbaum', '--lang', 'es')).toMatch(/Tipo +persona/);
    expect(lines(ok('lookup', 'usmca', '--format', 'csv', '--lang', 'es'))).toEqual(
      expect.arrayContaining(['id,usmca', 'acronyms,T-MEC', 'start,2020-07-01']),
    );
  });
});

describe('usmx search', () => {
  it('ranks hits across languages', () => {
    expect((json('search', 'dialogo', 'economico') as { id: string }[])[0]?.id).toBe('hled');
    expect((json('search', 'T-MEC', '--lang', 'es') as { label: string }[])[0]?.label).toBe(
      'Tratado entre México, Estados Unidos y Canadá',
    );
    expect(json('search', 'mexico', '--limit', '3')).toHaveLength(3);
  });
  it('shows every id whole, to paste into lookup or cite', () => {
    const out = ok('search', 'border');
    for (const hit of json('search', 'border') as { id: string }[]) expect(out).toContain(`→ ${hit.id}\n`);
  });
  it('says so when nothing matches', () => {
    expect(ok('search', 'zzzzqqq')).toBe('No matches.\n');
    expect(ok('search', 'zzzzqqq', '--lang', 'es')).toBe('Sin resultados.\n');
    expect(json('search', 'zzzzqqq')).toEqual([]);
  });
});

describe('usmx figures', () => {
  it('gives the figure records and writes their values out', () => {
    expect(json('figures')).toEqual(roundTrip(figures()));
    expect(ok('figures')).toContain('at least 50');
    expect(ok('figures', '--lang', 'es')).toContain('al menos 50');
    expect(lines(ok('figures', '--format', 'csv'))).toContainEqual(
      expect.stringMatching(/^visa-revocations-2025,visa-revocations,2025-10-14,.*,50,people,at-least,/),
    );
  });
  it('filters, and dates each figure with its id', () => {
    expect(json('figures', '--subject', 'Goods-Trade', '--from', '2024')).toEqual(
      roundTrip(figures({ subject: 'goods-trade', from: '2024' })),
    );
    const out = ok('figures', '--subject', 'goods-trade');
    expect(out).toContain('goods-trade-2024-first-release');
    expect(oneLine(ok('figures', '--subject', 'goods-trade', '--width', '160'))).toContain('2024, first release');
    expect(oneLine(ok('figures', '--subject', 'goods-trade', '--lang', 'es', '--width', '160'))).toContain(
      '2024, primera publicación',
    );
  });
});

describe('usmx cite', () => {
  it('prints the numbered citations of a record or a trade year', () => {
    const out = ok('cite', 'usmca');
    // Strongest evidence first; the brief, the origin of some claims, comes last.
    expect(out.startsWith('1. Congressional Research Service.')).toBe(true);
    expect(out).toMatch(/\n\d+\. us-mexico-relations source brief\./);
    expect(out.slice(out.lastIndexOf('us-mexico-relations source brief'))).not.toMatch(/\n\d+\. /);
    expect(json('cite', 'usmca')).toEqual(roundTrip(sourcesFor('usmca')));
    expect(json('cite', '2023')).toEqual(roundTrip(sourcesFor(2023)));
    expect(ok('cite', '2023', '--lang', 'es')).toContain('U.S. Census Bureau');
  });
  it('prints every style cite() has with --style: bibtex and csl-json as they are, the others wrapped', () => {
    for (const style of CITE_STYLES) {
      const out = ok('cite', 'usmca-entry-into-force', '--style', style);
      const expected = cite('usmca-entry-into-force', { style });
      if (style === 'bibtex' || style === 'csl-json') expect(out).toBe(`${expected}\n`);
      else expect(oneLine(out).trim()).toBe(oneLine(expected).trim());
    }
    expect(JSON.parse(ok('cite', '2023', '--style', 'csl-json'))[0].publisher).toBe('U.S. Census Bureau');
  });
  it('takes every key lookup takes, and every style cite() has', () => {
    expect(ok('cite', 'T-MEC')).toBe(ok('cite', 'usmca'));
    expect(ok('cite', 'Claudia', 'Sheinbaum')).toBe(ok('cite', 'claudia-sheinbaum'));
    const markdown = ok('cite', 'usmca', '--style', 'MARKDOWN');
    expect(markdown).toMatch(/^- \[?Congressional Research Service/);
  });
  it('never splits a URL', () => {
    const urls = (json('cite', 'usmca') as { source: { url?: string } }[]).flatMap((c) => c.source.url ?? []);
    const out = ok('cite', 'usmca');
    for (const url of urls) expect(out).toContain(url);
  });
});

describe('usmx office, places, initiatives', () => {
  it('gives the holder on a day, every holder in a month or year, and every term', () => {
    expect(json('office', 'president-of-mexico', '2025-09-03')).toMatchObject({ id: 'claudia-sheinbaum' });
    expect(
      (json('office', 'president-of-mexico', '2018') as { holder: { id: string } }[]).map((t) => t.holder.id),
    ).toEqual(['enrique-pena-nieto', 'andres-manuel-lopez-obrador']);
    expect(ok('office', 'President', 'of', 'Mexico', '2018', '--width', '120')).toContain(
      'Andrés Manuel López Obrador',
    );
    expect(ok('office', 'president-of-mexico', '2025-09-03', '--lang', 'es')).toContain('Claudia Sheinbaum');
    expect((json('office') as { id: string }[]).map((r) => r.id)).toContain('us-ambassador-to-mexico');
    // A Spanish name, with or without its accents.
    for (const name of ['Embajador de Estados Unidos en México', 'embajador de estados unidos en mexico'])
      expect(json('office', ...name.split(' '), '2025-09-03')).toMatchObject({ id: 'ronald-johnson' });
  });
  it('lists places and initiatives with their filters', () => {
    expect((json('places', '--border', '--country', 'US') as { iso31662: string }[]).map((p) => p.iso31662)).toEqual([
      'US-AZ',
      'US-CA',
      'US-NM',
      'US-TX',
    ]);
    expect(json('places')).toHaveLength(36);
    expect(json('initiatives', '--domain', 'trade', '--status', 'Active')).toEqual(
      roundTrip(initiatives({ domain: 'trade', status: 'active' })),
    );
    expect(ok('initiatives', '--status', 'active', '--lang', 'es')).toContain('vigente');
  });
});

describe('usmx comments', () => {
  it('lists the comments with the stance summary', () => {
    expect((json('comments') as { author: string }[]).map((c) => c.author)).toEqual([
      'dedus mopedus',
      'ytkonos',
      'lettlelenok',
      'Michelangelo',
      'Bella Ciao',
    ]);
    expect(lines(ok('comments')).at(-1)).toBe('supportive: 2 · skeptical: 2 · critical: 1');
    expect(lines(ok('comments', '--lang', 'es')).at(-1)).toBe('a favor: 2 · escéptico: 2 · crítico: 1');
  });
});

describe('usmx brief', () => {
  let table: string[] = [];
  beforeAll(() => {
    table = lines(ok('brief'));
  });
  it('fits 80 columns, with its sections', () => {
    for (const line of table) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(table[0]).toMatch(/^U\.S\.–Mexico relations: brief +data as of .+ · [0-9a-f]{12}$/);
    expect(table).toEqual(
      expect.arrayContaining([
        'Latest events',
        'Active initiatives by domain',
        'Key figures (the latest of each kind)',
      ]),
    );
    expect(table.join('\n')).not.toContain('…');
  });
  it('charts 15 years of goods trade, each line ending with its publisher', () => {
    const chart = table.filter((line) => /^ {2}\d{4} +\d/.test(line));
    expect(chart).toHaveLength(15);
    expect(chart.at(-1)).toMatch(/^ {2}2025 +871\.6 +█+ +U\.S\. Census Bureau$/);
    // The longest bar is the largest total.
    const bars = chart.map((line) => (/█[█▏▎▍▌▋▊▉]*/.exec(line)?.[0] ?? '').length);
    expect(Math.max(...bars)).toBe(bars[14]);
  });
  it.each([80, 160])(
    'shows USMCA and T-MEC, publishers and dated figures at %i columns, in both languages',
    (width) => {
      for (const lang of ['en', 'es']) {
        const out = ok('brief', '--width', String(width), '--lang', lang);
        for (const line of lines(out)) expect(line.length, line).toBeLessThanOrEqual(width);
        const flat = out.replace(/\s+/g, ' ');
        expect(flat).toMatch(/USMCA/);
        expect(flat).toMatch(/T-MEC/);
        expect(flat).toContain('Congressional Research');
        expect(flat).toContain('U.S. Census Bureau');
        expect(flat).not.toMatch(/census-country-xlsx|state-media-note/);
        // The 2024 trade figure as first published, dated, so that it is not read against the chart's 837.6.
        expect(lines(out).some((line) => /^ {2}2024, /.test(line))).toBe(true);
        expect(flat).toContain(lang === 'en' ? 'first' : 'primera');
      }
    },
  );
  it('ends every event, initiative and figure line with the publisher of its first source', () => {
    const data = json('brief') as {
      events: { id: string }[];
      figures: { id: string }[];
    };
    const flat = table.join('\n');
    for (const { id } of [...data.events, ...data.figures]) {
      const [first] = sourcesFor(id);
      expect(flat.replace(/\s+/g, ' '), id).toContain(first?.source.publisher.split(' ')[0]);
    }
  });
  it('gives the records behind the brief as json and ndjson', () => {
    const data = json('brief') as {
      dataVersion: string;
      events: unknown[];
      initiatives: Record<string, { id: string }[]>;
      figures: unknown[];
      trade: { year: number }[];
    };
    expect(data.dataVersion).toBe(dataVersion);
    expect(data.events).toEqual(roundTrip(timeline().slice(-8).reverse()));
    expect(data.initiatives.security?.map((i) => i.id)).toContain('mission-firewall');
    expect(data.initiatives.trade?.map((i) => i.id)).toEqual(['usmca']);
    expect(data.trade).toEqual(tradeSeries({ from: 2011, to: 2025 }));
    const sections = lines(ok('brief', '--format', 'ndjson')).map(
      (line) => (JSON.parse(line) as { section: string }).section,
    );
    expect(new Set(sections)).toEqual(new Set(['events', 'initiatives', 'figures', 'trade']));
  });
  it('speaks Spanish with --lang es', () => {
    const es = ok('brief', '--lang', 'es');
    expect(es).toContain('Últimos acontecimientos');
    expect(es).toContain('Iniciativas activas por ámbito');
    expect(es).toContain('Tratado entre México');
    expect(es).toContain(formatPartialDate(asOf, { lang: 'es' }));
    expect(es).toContain('datos a marzo de 2026');
  });
});

describe('width and language', () => {
  const widest = (out: string) => Math.max(...lines(out).map((line) => line.length));
  it('takes the width from --width, then COLUMNS, then the terminal, else 80', () => {
    expect(widest(ok('timeline'))).toBeLessThanOrEqual(80);
    expect(widest(usmx(['timeline'], { COLUMNS: '140' }).stdout)).toBeGreaterThan(100);
    expect(widest(usmx(['timeline'], { COLUMNS: '140' }).stdout)).toBeLessThanOrEqual(140);
    /** Runs `usmx timeline` as on a terminal 120 columns wide. */
    const onTerminal = (env: Record<string, string>, args: string[] = []) => {
      let out = '';
      const write = (text: string) => {
        out += text;
      };
      run(['timeline', ...args], {
        stdout: write,
        stderr: write,
        env: { NO_COLOR: '1', ...env },
        isTTY: true,
        columns: 120,
      });
      return out;
    };
    expect(widest(onTerminal({}))).toBeGreaterThan(80);
    expect(widest(onTerminal({}))).toBeLessThanOrEqual(120);
    expect(widest(onTerminal({ COLUMNS: '100' }))).toBeLessThanOrEqual(100);
    expect(widest(onTerminal({ COLUMNS: '100' }, ['--width', '60']))).toBeLessThanOrEqual(60);
  });
  it('takes the language from --lang, then LC_ALL, LC_MESSAGES and LANG', () => {
    expect(usmx(['trade', '--from', '2025'], { LANG: 'es_MX.UTF-8' }).stdout).toContain('Saldo');
    expect(usmx(['trade', '--from', '2025'], { LC_ALL: 'en_US.UTF-8', LANG: 'es_MX.UTF-8' }).stdout).toContain(
      'Balance',
    );
    expect(usmx(['trade', '--from', '2025'], { LC_MESSAGES: 'es_ES', LANG: 'en_US' }).stdout).toContain('Saldo');
    expect(usmx(['trade', '--from', '2025', '--lang', 'EN'], { LANG: 'es_MX.UTF-8' }).stdout).toContain('Balance');
  });
  it('marks notes that exist only in English', () => {
    expect(ok('lookup', 'usmca-signed', '--lang', 'es')).not.toContain('solo en inglés');
    const withNote = initiatives().find((i) => i.note !== undefined);
    expect(ok('lookup', withNote?.id ?? '', '--lang', 'es')).toContain('(solo en inglés)');
  });
  it('prints the brief for usmx alone on a terminal, and the help on stderr otherwise', () => {
    expect(usmx([], { NO_COLOR: '1' }, true).stdout).toBe(usmx(['brief'], { NO_COLOR: '1' }, true).stdout);
    const piped = usmx([]);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain('Usage: usmx <command>');
  });
});

describe('colour', () => {
  it('is off when stdout is not a terminal, and with NO_COLOR', () => {
    expect(ok('brief')).not.toContain(ANSI);
    expect(usmx(['brief'], { NO_COLOR: '1' }, true).stdout).not.toContain(ANSI);
    expect(usmx(['brief'], {}, true).stdout).toContain(`${ANSI}1m`);
    expect(usmx(['brief'], { NO_COLOR: '' }, true).stdout).toContain(`${ANSI}1m`);
  });
});

describe('usmx --help and --version', () => {
  it('shows usage with every command and examples', () => {
    for (const flag of ['--help', '-h']) {
      const out = ok(flag);
      expect(out).toContain('Usage: usmx <command>');
      for (const { args } of COMMANDS) expect(out).toContain(`  ${args[0]} `);
      expect(out).toContain('Examples:');
      for (const line of lines(out)) expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });
  it('prints the package version and the data version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(ok('--version')).toBe(`usmx ${version} (us-mexico-relations; data ${dataVersion}, as of ${asOf})\n`);
  });
});

describe('errors', () => {
  const cases: readonly [args: readonly string[], code: number, start: string][] = [
    [['foo'], 2, "usmx: unknown command 'foo'"],
    [['trde'], 2, "usmx: unknown command 'trde'; did you mean 'trade'?"],
    [
      ['timeline', '--domian', 'trade'],
      2,
      "usmx: unknown option '--domian' for 'usmx timeline'; did you mean '--domain'?",
    ],
    [['--lang', 'es', 'brief'], 2, "usmx: unknown option '--lang'"],
    [['trade', '--foo'], 2, "usmx: unknown option '--foo' for 'usmx trade'"],
    [['trade', '--from'], 2, "usmx: option '--from' needs a value"],
    [['trade', '--monthly=yes'], 2, "usmx: option '--monthly' takes no value"],
    [['trade', '--format', 'xml'], 2, 'usmx: --format must be one of table, json, csv, ndjson'],
    [
      ['trade', '--format', 'jsn'],
      2,
      "usmx: --format must be one of table, json, csv, ndjson; got 'jsn'; did you mean 'json'?",
    ],
    [['trade', '--width', '10'], 2, "usmx: --width must be at least 40; got '10'."],
    [['brief', '--lang', 'fr'], 2, 'usmx: --lang must be one of en, es'],
    [['trade', '--from', 'abc'], 2, "usmx: --from must be a year such as 2023; got 'abc'"],
    [['trade', '--from', '1960'], 2, 'usmx: --from 1960 is outside the goods-trade series'],
    [['trade', '--from', '2025', '--to', '2020'], 2, 'usmx: --from (2025) is after to (2020)'],
    [['trade', '--monthly', '--from', '1970', '--to', '1971'], 2, 'usmx: The monthly goods-trade series covers'],
    [['trade', '--monthly', '--from', '2025-13'], 2, 'usmx: --from must be a YYYY, YYYY-MM or YYYY-MM-DD date; got'],
    [['timeline', '--from', '2025-02-30'], 2, 'usmx: --from must be a YYYY, YYYY-MM or YYYY-MM-DD date; got'],
    [['timeline', '--from', '2025-10', '--to', '2025-09'], 2, 'usmx: --from (2025-10) is after to (2025-09)'],
    [
      ['timeline', '--domain', 'foo'],
      2,
      "usmx: --domain must be one of security, trade, economy, development, migration, public-health, diplomacy; got 'foo'.",
    ],
    [['timeline', '--kind', 'signin'], 2, 'usmx: --kind must be one of'],
    [['office', 'president-of-mexico', '1900'], 2, 'usmx: 1900 is outside the data'],
    [
      ['office', 'presidnt-of-mexico'],
      1,
      "usmx: No role matches 'presidnt-of-mexico'. Did you mean 'president-of-mexico'?",
    ],
    [['initiatives', '--status', 'live'], 2, 'usmx: --status must be one of'],
    [['timeline', '--initiative', 'usmac'], 1, "usmx: No initiative matches 'usmac'. Did you mean"],
    [['lookup'], 2, "usmx: missing <key> for 'usmx lookup'"],
    [['lookup', 'usmac'], 1, "usmx: No record matches 'usmac'. Did you mean"],
    [['lookup', 'zzzzqqq'], 1, "usmx: No record matches 'zzzzqqq'."],
    [['search'], 2, "usmx: missing <text> for 'usmx search'"],
    [['search', 'border', '--limit', 'many'], 2, "usmx: --limit must be a whole number such as 5; got 'many'"],
    [['search', 'border', '--limit', '0'], 2, 'usmx: --limit must be at least 1; got 0.'],
    [['cite'], 2, "usmx: missing <key> for 'usmx cite'"],
    [['cite', 'nope'], 1, "usmx: No record matches 'nope'."],
    [['cite', '1960'], 1, "usmx: No record matches '1960'."],
    [
      ['cite', 'usmca', '--style', 'mla'],
      2,
      "usmx: --style must be one of text, markdown, apa, chicago, bibtex, csl-json; got 'mla'.",
    ],
    [['figures', 'extra'], 2, "usmx: unexpected argument 'extra' for 'usmx figures'"],
  ];
  it.each(cases)('usmx %j exits %i with one line: %s', (args, code, start) => {
    const run = usmx(args);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(start), run.stderr).toBe(true);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).not.toContain('    at ');
  });
  it('suggests the closest keys for a mistyped one', () => {
    expect(usmx(['lookup', 'usmac']).stderr).toContain("'usmca'");
    expect(usmx(['timeline', '--initiative', 'usmac']).stderr).toContain("'usmca'");
  });
  it('reports anything unexpected as an internal error, exit 70', () => {
    expect(failure(new Error('boom'))).toEqual({ line: 'usmx: internal error: boom', code: 70 });
  });
});

describe('README', () => {
  it('shows the real output of npm start (usmx brief) and of the trade and lookup examples', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`$ npm start --silent\n${ok('brief')}\`\`\``);
    expect(readme).toContain(
      `$ npx usmx brief --lang es --width 160\n${ok('brief', '--lang', 'es', '--width', '160')}`,
    );
    expect(readme).toContain(`$ npx usmx trade --from 2023\n${ok('trade', '--from', '2023')}`);
    expect(readme).toContain(`$ npx usmx lookup usmac\n${usmx(['lookup', 'usmac']).stderr}`);
  });
});
