import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../scripts/lib/load-dataset.js';
import { tableJsonSchema, tables } from '../scripts/lib/tables.js';
import { csvText } from '../src/core/csv.js';
import {
  apaCitation,
  bibtexEntry,
  type CslItem,
  chicagoCitation,
  cite,
  cslItems,
  getSource,
  type SourceRecord,
  toCslItem,
} from '../src/index.js';
import { sources } from '../src/generated/sources.js';

// citation.js, with citeproc-js inside, runs the official CSL styles as the reference for the hand-written ones.
const require = createRequire(import.meta.url);
const { Cite, plugins } = require('@citation-js/core') as {
  Cite: new (data: unknown) => { format(kind: string, options: Record<string, unknown>): string; data: unknown[] };
  plugins: {
    config: { get(name: string): { styles: { add(name: string, xml: string): void } } };
    input: { util: { clean(items: unknown[], bestGuessConversions: boolean): unknown[] } };
  };
};
const { clean } = plugins.input.util;
require('@citation-js/plugin-csl');
require('@citation-js/plugin-bibtex');

const fixtures = new URL('./fixtures/csl/', import.meta.url);
const styles = plugins.config.get('@csl').styles;
styles.add('fixture-apa', readFileSync(new URL('apa.csl', fixtures), 'utf8'));
styles.add('fixture-chicago', readFileSync(new URL('chicago-author-date.csl', fixtures), 'utf8'));

function processor(item: CslItem, template: string): string {
  return new Cite([item]).format('bibliography', { template, format: 'text', lang: 'en-US' }).trim();
}

const source = (id: string): SourceRecord => {
  const found = getSource(id);
  if (found === undefined) throw new Error(`no source ${id}`);
  return found;
};

// The five kinds of source a journalist meets, each cited by a real record.
const PRESS = 'ap-globalnews-2025-07-31-mexico-90-days'; // press, with author and day-precision date
const OFFICIAL = 'americagov-2009-08-10-nals-apostille'; // official text
const UNTITLED = 'abcnews-2019-05-31-mexico-tariff'; // a page that shows no headline, no author
const COPY = 'whas11-biden-sworn-in'; // the original cited, the copy read named (copyUrl, copyPublisher)
const BRIEF = 'brief'; // no URL, no date

describe('citation styles on real records', () => {
  it('cite a press article with an author and a date', () => {
    const record = 'tariff-90-day-extension-2025-07';
    expect(cite(record, { style: 'apa' }).split('\n')).toContain(
      'Josh Boak. (2025, July 31). Trump extends Mexico trade talks another 90 days, keeps tariffs in place. Associated Press (via Global News). https://globalnews.ca/news/11313250/donald-trump-tariffs-mexico-trade-talks-extension/',
    );
    expect(cite(record, { style: 'chicago' }).split('\n')).toContain(
      'Josh Boak. 2025. “Trump extends Mexico trade talks another 90 days, keeps tariffs in place.” Associated Press (via Global News), July 31, 2025. https://globalnews.ca/news/11313250/donald-trump-tariffs-mexico-trade-talks-extension/.',
    );
    expect(bibtexEntry(source(PRESS))).toBe(
      [
        `@misc{${PRESS},`,
        '  author = {{Josh Boak}},',
        '  title = {{Trump extends Mexico trade talks another 90 days, keeps tariffs in place}},',
        '  publisher = {Associated Press (via Global News)},',
        '  year = {2025},',
        '  month = jul,',
        '  date = {2025-07-31},',
        '  howpublished = {\\url{https://globalnews.ca/news/11313250/donald-trump-tariffs-mexico-trade-talks-extension/}},',
        '  url = {https://globalnews.ca/news/11313250/donald-trump-tariffs-mexico-trade-talks-extension/},',
        '  langid = {english}',
        '}',
      ].join('\n'),
    );
    expect(toCslItem(PRESS)).toEqual({
      id: PRESS,
      type: 'article-newspaper',
      title: 'Trump extends Mexico trade talks another 90 days, keeps tariffs in place',
      author: [{ literal: 'Josh Boak' }],
      'container-title': 'Associated Press (via Global News)',
      issued: { 'date-parts': [[2025, 7, 31]] },
      URL: 'https://globalnews.ca/news/11313250/donald-trump-tariffs-mexico-trade-talks-extension/',
      language: 'en',
    });
    expect(cite(record, { style: 'text' })).toContain(
      'Associated Press (via Global News). "Trump extends Mexico trade talks another 90 days, keeps tariffs in place". July 31, 2025. https://globalnews.ca/',
    );
  });

  it('cite an official text, and a data set with its publisher as group author', () => {
    expect(apaCitation(source(OFFICIAL))).toBe(
      'Merle David Kellerhals Jr. (2009, August 10). North American Leaders Discuss Trade, H1N1 Flu, Climate Change. U.S. Department of State, America.gov (via apostille.us). https://apostille.us/news/north-american-leaders.shtml',
    );
    expect(chicagoCitation(source(OFFICIAL))).toBe(
      'Merle David Kellerhals Jr. 2009. “North American Leaders Discuss Trade, H1N1 Flu, Climate Change.” U.S. Department of State, America.gov (via apostille.us). August 10, 2009. https://apostille.us/news/north-american-leaders.shtml.',
    );
    expect(toCslItem(OFFICIAL).type).toBe('webpage');
    // The trade series: the Census Bureau, the vintage, and the snapshot that was read.
    const [census] = cslItems(2023);
    expect(census).toMatchObject({
      type: 'dataset',
      author: [{ literal: 'U.S. Census Bureau' }],
      publisher: 'U.S. Census Bureau',
      title: 'U.S. trade in goods by country (country.xlsx), October 2026 vintage',
      URL: 'https://www.census.gov/foreign-trade/balance/country.xlsx',
    });
    expect(census?.note).toMatch(
      /^Read at corbett-hobbs\/congress-ideology \(GitHub repository\), https:\/\/github\.com\//,
    );
    expect(cite(1990, { style: 'apa' })).toMatch(
      /^U\.S\. Census Bureau\. \(n\.d\.\)\. U\.S\. trade in goods by country \(country\.xlsx\), January 2024 vintage \[Data set\]\. U\.S\. Census Bureau\. https:\/\/www\.census\.gov\/foreign-trade\/balance\/country\.xlsx \[Read at bdecon\/US-chartbook/,
    );
    expect(cite(1990, { style: 'bibtex' })).toContain(
      'note = {Read at bdecon/US-chartbook (GitHub repository), \\url{https://github.com/bdecon/US-chartbook/blob/',
    );
  });

  it('never make up a title for a page that shows none', () => {
    const record = 'mexico-tariff-threat-2019';
    expect(cite(record, { style: 'apa' }).split('\n')).toContain(
      'ABC News. (2019, May 31). https://abcnews.go.com/Politics/president-donald-trump-announces-tariff-goods-mexico/story?id=63388473',
    );
    expect(chicagoCitation(source(UNTITLED))).toBe(
      'ABC News. 2019. May 31, 2019. https://abcnews.go.com/Politics/president-donald-trump-announces-tariff-goods-mexico/story?id=63388473.',
    );
    expect(bibtexEntry(source(UNTITLED))).not.toMatch(/title|author/);
    expect(toCslItem(UNTITLED)).not.toHaveProperty('title');
    for (const each of sources().filter((s) => s.untitled !== undefined)) {
      const item = toCslItem(each);
      expect(item.title, each.id).toBeUndefined();
      for (const text of [apaCitation(each), chicagoCitation(each), bibtexEntry(each), JSON.stringify(item)]) {
        expect(text.includes(each.untitled ?? ''), each.id).toBe(false);
      }
    }
  });

  it('cite a copy that was read as the original, naming the copy', () => {
    const copy =
      'https://www.whas11.com/article/entertainment/entertainment-tonight/joe-biden-is-sworn-in-as-president-of-the-united-states/603-6697fd4f-2655-4cd1-ae96-8e7e8f98ef20';
    const original = 'https://etonline.com/joe-biden-is-sworn-in-as-president-of-the-united-states-159276';
    // Joe Biden's term as president cites it (a citation inside the record's offices).
    const term = { sources: [{ source: COPY }] };
    expect(cite(term, { style: 'apa' })).toBe(
      `Joe Biden Is Sworn In as President of the United States. (2021, January 20). Entertainment Tonight. ${original} [Read at WHAS11, ${copy}]`,
    );
    expect(chicagoCitation(source(COPY))).toBe(
      `Entertainment Tonight. 2021. “Joe Biden Is Sworn In as President of the United States,” January 20, 2021. ${original}. Read at WHAS11, ${copy}.`,
    );
    expect(bibtexEntry(source(COPY))).toContain(`  url = {${original}},\n`);
    expect(bibtexEntry(source(COPY))).toContain(`  note = {Read at WHAS11, \\url{${copy}}}\n`);
    expect(toCslItem(COPY)).toMatchObject({ URL: original, note: `Read at WHAS11, ${copy}` });
    expect(cite(term, { style: 'markdown' })).toContain(`Read at [WHAS11](${copy})`);
    // A copy named only by its publisher: its address is the copy's, so the original's is left out.
    const crs = toCslItem('crs-r44981-2020-07-27');
    expect(crs.URL).toBeUndefined();
    expect(crs.note).toMatch(/^Read at docslib\.org, https:\/\/docslib\.org\//);
  });

  it('render the brief, which has no address and no date', () => {
    const record = 'usmca-entry-into-force';
    expect(cite(record, { style: 'apa' }).split('\n').at(-1)).toBe(
      'us-mexico-relations source brief. (n.d.). Strengthening Bilateral Security Cooperation. us-mexico-relations source brief.',
    );
    expect(cite(record, { style: 'chicago' }).split('\n').at(-1)).toBe(
      'us-mexico-relations source brief. n.d. “Strengthening Bilateral Security Cooperation.” us-mexico-relations source brief.',
    );
    expect(bibtexEntry(source(BRIEF))).toBe(
      [
        '@misc{brief,',
        '  author = {{us-mexico-relations source brief}},',
        '  title = {{Strengthening Bilateral Security Cooperation}},',
        '  publisher = {us-mexico-relations source brief},',
        '  langid = {english}',
        '}',
      ].join('\n'),
    );
    expect(toCslItem(BRIEF)).toEqual({
      id: 'brief',
      type: 'document',
      title: 'Strengthening Bilateral Security Cooperation',
      author: [{ literal: 'us-mexico-relations source brief' }],
      publisher: 'us-mexico-relations source brief',
      language: 'en',
    });
    expect(cite(record, { style: 'markdown' }).split('\n').at(-1)).toBe(
      '- us-mexico-relations source brief, *Strengthening Bilateral Security Cooperation*, undated',
    );
  });

  it('keep a date at month or year precision', () => {
    const month = sources().find((s) => s.published?.length === 7);
    if (month === undefined) throw new Error('no source dated to the month');
    const [year, number] = (month.published ?? '').split('-').map(Number);
    expect(toCslItem(month).issued).toEqual({ 'date-parts': [[year, number]] });
    expect(apaCitation(month)).toMatch(new RegExp(`\\(${year}, [A-Z][a-z]+\\)\\.`));
    expect(bibtexEntry(month)).not.toContain('day');
    const yearOnly = sources().find((s) => s.published?.length === 4);
    if (yearOnly !== undefined)
      expect(toCslItem(yearOnly).issued).toEqual({ 'date-parts': [[Number(yearOnly.published)]] });
  });

  it('print csl-json as a JSON array of the items, and bibtex as entries a blank line apart', () => {
    expect(JSON.parse(cite('usmca', { style: 'csl-json' }))).toEqual(cslItems('usmca'));
    const entries = cite('usmca', { style: 'bibtex' }).split('\n\n');
    expect(entries.map((entry) => /^@misc\{([^,]+),/.exec(entry)?.[1])).toEqual(cslItems('usmca').map((i) => i.id));
  });
});

describe('the hand-written styles against citeproc-js running the official CSL styles, for every source', () => {
  // Four documented differences: (1) a copy that was read is named after the reference (CSL's note, which these
  // styles do not print); (2) Chicago titles are printed as published, where the CSL style recases English titles
  // ("Country.Xlsx"), so Chicago is compared without case; (3) a press page with neither title nor author leads
  // with its outlet, where the CSL styles would start with the date ("(2019, May 31). ABC News.") or print the year
  // twice ("ABC News. 2019, May 31, 2019.").
  // (4) The CSL styles recase outlets and titles ("Fasa.Nyc", "Country.Xlsx") and make quotation marks and
  // apostrophes typographic, moving a full stop inside a closing one; the hand-written styles print names and
  // titles as published. So the two are compared without case and without quotation marks.
  const same = (ours: string, theirs: string) => {
    const plain = (text: string) =>
      text
        .toLowerCase()
        .replace(/['"‘’“”]/g, '')
        .replace(/\s+/g, ' ');
    return plain(ours) === plain(theirs);
  };
  const leadless = (s: SourceRecord) => s.kind === 'press' && s.title === undefined && s.author === undefined;
  const compared = sources().filter((s) => !leadless(s));

  it('APA 7th edition agrees', () => {
    const differ = compared.flatMap((s) => {
      const item = toCslItem(s);
      const ours = item.note === undefined ? apaCitation(s) : apaCitation(s).replace(` [${item.note}]`, '');
      const theirs = processor(item, 'fixture-apa');
      return same(ours, theirs) ? [] : [{ id: s.id, ours, theirs }];
    });
    expect(differ).toEqual([]);
  }, 120_000);

  it('Chicago author-date agrees', () => {
    const differ = compared.flatMap((s) => {
      const item = toCslItem(s);
      // The note closes the reference, with a full stop unless it already ends with one (an address cut with '...').
      const ours =
        item.note === undefined
          ? chicagoCitation(s)
          : chicagoCitation(s).replace(` ${item.note}${item.note.endsWith('.') ? '' : '.'}`, '');
      const theirs = processor(item, 'fixture-chicago');
      return same(ours, theirs) ? [] : [{ id: s.id, ours, theirs }];
    });
    expect(differ).toEqual([]);
  }, 120_000);

  it('BibTeX reads back, through citation.js, to the same title, year and address', () => {
    const text = sources().map(bibtexEntry).join('\n\n');
    const read = new Cite(text).data as { id: string; title?: string; issued?: CslItem['issued']; URL?: string }[];
    expect(read.map((entry) => entry.id)).toEqual(sources().map((s) => s.id));
    for (const [i, entry] of read.entries()) {
      const item = toCslItem(sources()[i] as SourceRecord);
      // TeX reads `---` and `--` as dashes, as the titles that type them mean.
      expect(entry.title, item.id).toBe(item.title?.replaceAll('---', '—').replaceAll('--', '–'));
      expect(entry.issued?.['date-parts'][0]?.[0], item.id).toBe(item.issued?.['date-parts'][0][0]);
      // citation.js percent-encodes letters outside ASCII and a percent sign itself: the same address.
      const letters = (url = '') =>
        url.replace(/(?:%[0-9A-F]{2})+/g, (run) => {
          try {
            return decodeURIComponent(run);
          } catch {
            return run;
          }
        });
      expect(letters(letters(entry.URL)), item.id).toBe(letters(letters(item.URL)));
    }
  }, 60_000);
});

describe('CSL-JSON', () => {
  const schemas = readdirSync(fixtures).filter((file) => file.endsWith('.json'));
  it.each(schemas)('of every source validates against %s', (file) => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(new URL(file, fixtures), 'utf8')),
    );
    const items = JSON.parse(JSON.stringify(sources().map((s) => toCslItem(s))));
    expect(validate(items) ? [] : validate.errors).toEqual([]);
  });
  it("of every source is kept whole by citation.js's CSL-JSON cleaner, which drops any type, variable or value the CSL 1.0.2 data model does not allow", () => {
    const items = JSON.parse(JSON.stringify(sources().map((s) => toCslItem(s))));
    expect(clean(items, false)).toEqual(items);
    // A variable CSL-JSON does not have, and a wrong kind of value, are what it drops.
    expect(clean([{ id: 'x', type: 'webpage', headline: 'Not CSL', issued: '2024' }], false)).toEqual([
      { id: 'x', type: 'webpage' },
    ]);
  });
});

describe('shipped tables', () => {
  const data = loadDataset();
  const shipped = tables(data);
  it('include sources.csv and citations.csv', () => {
    expect(shipped.map((t) => t.stem)).toEqual(expect.arrayContaining(['sources', 'citations']));
    const citations = shipped.find((t) => t.stem === 'citations');
    expect(citations?.columns.map((c) => c.name)).toEqual([
      'record_kind',
      'record_id',
      'path',
      'source',
      'quote',
      'note',
    ]);
    // One row per citation of any record, nested ones included; every row names a source in sources.csv.
    const ids = new Set(data.sources.map((s) => s.id));
    expect(citations?.rows.every((row) => ids.has(String(row[3])))).toBe(true);
    expect(citations?.rows).toContainEqual([
      'trade-years',
      '2023',
      'sources[0]',
      'census-country-xlsx-2026-10',
      undefined,
      undefined,
    ]);
    expect(
      citations?.rows.some((row) => /^(components|offices|gaps)\[\d+\]\.sources\[\d+\]$/.test(String(row[2]))),
    ).toBe(true);
  });
  it.each(shipped.map((t) => [t.stem, t] as const))('%s.csv rows validate against their JSON Schema', (_, table) => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(tableJsonSchema(table));
    const header = table.columns.map((c) => c.name);
    const rows = parse(csvText(header, table.rows), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(table.rows.length);
    const bad = rows.filter((row) => !validate(row)).slice(0, 3);
    expect(bad).toEqual([]);
  });
});
