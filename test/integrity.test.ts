import { describe, expect, it } from 'vitest';
import { formatProblem, parseDataset, type Dataset, type RawDataset } from '../scripts/lib/dataset.js';
import { CHECKS, checkIntegrity, checkStatisticalSeries } from '../scripts/lib/integrity.js';
import { loadDataset } from '../scripts/lib/load-dataset.js';
import { validFixture } from './helpers/fixture.js';

/** The checks that have found a problem in some test of this file so far. */
const exercised = new Set<string>();

function problemsAfter(breakIt: (data: Dataset) => void): string[] {
  const data = validFixture();
  breakIt(data);
  for (const [name, check] of Object.entries(CHECKS)) if (check(data).length > 0) exercised.add(name);
  return checkIntegrity(data).map(formatProblem);
}

describe('integrity checks', () => {
  it('the fixture is valid for the schemas and every check', () => {
    const data = validFixture();
    expect(parseDataset(data as unknown as RawDataset).problems).toEqual([]);
    expect(checkIntegrity(data)).toEqual([]);
  });

  it('checkUniqueIds: duplicate ids and component ids', () => {
    expect(problemsAfter((d) => d.events.push({ ...structuredClone(d.events[1]!), date: '2025-10' }))).toContain(
      "data/events.json [visit] id: duplicate id 'visit'",
    );
    expect(
      problemsAfter((d) => d.initiatives[1]!.components.push(structuredClone(d.initiatives[1]!.components[0]!))),
    ).toEqual(["data/initiatives.json [usmca] components.1.id: duplicate component id 'pillar-a'"]);
  });

  it('checkGlobalIds: an id shared across datasets', () => {
    expect(problemsAfter((d) => (d.figures[0]!.id = 'visit'))).toContain(
      "data/figures.json [visit] id: id 'visit' is also used in data/events.json",
    );
  });

  it('checkReferences: every kind of reference', () => {
    expect(problemsAfter((d) => (d.events[0]!.sources[0]!.source = 'nope'))).toEqual([
      "data/events.json [usmca-eif] sources.0.source: unknown source 'nope'",
    ]);
    expect(problemsAfter((d) => (d.initiatives[1]!.replaces = ['gatt']))).toEqual([
      "data/initiatives.json [usmca] replaces.0: unknown initiative 'gatt'",
    ]);
    expect(problemsAfter((d) => (d.initiatives[1]!.parent = 'nope'))).toEqual([
      "data/initiatives.json [usmca] parent: unknown initiative 'nope'",
    ]);
    expect(problemsAfter((d) => (d.initiatives[1]!.leadActors = ['nobody']))).toEqual([
      "data/initiatives.json [usmca] leadActors.0: unknown actor 'nobody'",
    ]);
    expect(problemsAfter((d) => (d.events[0]!.places = ['mx-zzz']))).toEqual([
      "data/events.json [usmca-eif] places.0: unknown place 'mx-zzz'",
    ]);
    expect(problemsAfter((d) => (d.events[0]!.figures = ['ghost']))).toEqual([
      "data/events.json [usmca-eif] figures.0: unknown figure 'ghost'",
    ]);
    expect(problemsAfter((d) => (d.events[1]!.actors = ['ghost']))).toEqual([
      "data/events.json [visit] actors.0: unknown actor 'ghost'",
    ]);
    expect(problemsAfter((d) => (d.events[0]!.initiatives = ['ghost']))).toEqual([
      "data/events.json [usmca-eif] initiatives.0: unknown initiative 'ghost'",
    ]);
    expect(problemsAfter((d) => (d.actors[1]!.offices[0]!.sources[0]!.source = 'ghost'))).toEqual([
      "data/actors.json [claudia-sheinbaum] offices.0.sources.0.source: unknown source 'ghost'",
    ]);
    expect(problemsAfter((d) => (d.tradeYears[0]!.vintage = 'ghost'))).toEqual([
      "data/trade/annual.csv [2023] vintage: unknown source 'ghost'",
      "data/trade/annual.csv [2023] vintage: 'ghost' does not end in its release month (YYYY-MM)",
    ]);
  });

  it('checkParentCycles: a parent chain that loops', () => {
    expect(
      problemsAfter((d) => {
        d.initiatives[0]!.parent = 'usmca';
        d.initiatives[1]!.parent = 'nafta';
      }),
    ).toEqual([
      "data/initiatives.json [nafta] parent: parent chain loops back through 'nafta'",
      "data/initiatives.json [usmca] parent: parent chain loops back through 'usmca'",
    ]);
  });

  it('checkSourcesCited: a source nobody cites', () => {
    expect(
      problemsAfter((d) =>
        d.sources.push({
          id: 'unused',
          title: 'U',
          publisher: 'P',
          url: 'https://example.org/u',
          kind: 'press',
          language: 'en',
        }),
      ),
    ).toEqual(['data/sources.json [unused] id: is never cited']);
  });

  it('checkDateOrder: end before start, to before from, overlapping terms', () => {
    expect(problemsAfter((d) => (d.initiatives[0]!.end = '1993'))).toEqual([
      'data/initiatives.json [nafta] end: end 1993 is before start 1994-01-01',
    ]);
    expect(problemsAfter((d) => (d.actors[0]!.offices[0]!.to = '2018-11-30'))).toEqual([
      'data/actors.json [andres-manuel-lopez-obrador] offices.0.to: to 2018-11-30 is before from 2018-12-01',
    ]);
    expect(problemsAfter((d) => (d.actors[1]!.offices[0]!.from = '2024-09-01'))).toEqual([
      "data/actors.json [claudia-sheinbaum] offices.0.from: term in 'president-of-mexico' overlaps the term of 'andres-manuel-lopez-obrador'",
    ]);
    expect(problemsAfter((d) => (d.actors[1]!.offices[0]!.from = '2024-09-30'))).toEqual([]);
  });

  it('checkDateOrder: a date known to the month or year conflicts only where it certainly overlaps', () => {
    // Sheinbaum from some day in September 2024 may have followed a term that ended on 30 September.
    expect(problemsAfter((d) => (d.actors[1]!.offices[0]!.from = '2024-09'))).toEqual([]);
    // A term that ended some time in 2024 and one that began in October 2024 need not overlap.
    expect(problemsAfter((d) => (d.actors[0]!.offices[0]!.to = '2024'))).toEqual([]);
    // But a start in August 2024 certainly falls inside a term that ran to the end of September.
    expect(problemsAfter((d) => (d.actors[1]!.offices[0]!.from = '2024-08'))).toEqual([
      "data/actors.json [claudia-sheinbaum] offices.0.from: term in 'president-of-mexico' overlaps the term of 'andres-manuel-lopez-obrador'",
    ]);
  });

  it('checkDateOrder: an acting holder may stand in within a full term, and only an acting one', () => {
    const standIn = (acting: boolean) => (d: Dataset) =>
      d.actors[0]!.offices.push({
        role: 'president-of-mexico',
        title: { en: 'Acting', es: 'Interino' },
        from: '2025-01-01',
        to: '2025-02-01',
        acting,
        sources: [{ source: 'brief' }],
      });
    expect(problemsAfter(standIn(true))).toEqual([]);
    expect(problemsAfter(standIn(false))).toEqual([
      "data/actors.json [andres-manuel-lopez-obrador] offices.1.from: term in 'president-of-mexico' overlaps the term of 'claudia-sheinbaum'",
    ]);
  });

  it('checkReferences: every term names a known role, and every role has a term', () => {
    expect(problemsAfter((d) => (d.actors[1]!.offices[0]!.role = 'queen-of-mexico'))).toContain(
      "data/actors.json [claudia-sheinbaum] offices.0.role: unknown role 'queen-of-mexico'",
    );
    expect(
      problemsAfter((d) => d.roles.push({ ...structuredClone(d.roles[0]!), id: 'vice-president-of-mexico' })),
    ).toEqual(['data/roles.json [vice-president-of-mexico] id: has no recorded term']);
  });

  it('checkCitationOrder: the strongest evidence comes first, the brief last', () => {
    expect(problemsAfter((d) => d.events[0]!.sources.push({ source: 'census-2025-01' }))).toEqual([
      'data/events.json [usmca-eif] sources.1.source: cites census-2025-01 after weaker evidence',
    ]);
    expect(problemsAfter((d) => d.events[0]!.sources.unshift({ source: 'census-2025-01' }))).toEqual([]);
  });

  it('checkSorted: events out of date order, records out of id order', () => {
    expect(problemsAfter((d) => d.events.reverse())).toEqual([
      "data/events.json [usmca-eif] (record): is out of order: it must come before 'visit'",
    ]);
    expect(problemsAfter((d) => d.sources.reverse())).toEqual([
      "data/sources.json [brief] (record): is out of order: it must come before 'census-2025-01'",
    ]);
  });

  it('checkTradeSeries: gaps, missing months, months that do not sum to the year', () => {
    expect(problemsAfter((d) => d.tradeYears.push({ ...structuredClone(d.tradeYears[1]!), year: 2025 }))).toEqual([
      'data/trade/annual.csv [2025] year: has 0 months in the monthly series, not 12',
    ]);
    expect(problemsAfter((d) => d.tradeMonths.splice(5, 1))).toEqual([
      'data/trade/monthly.csv [2023-07] month: follows 2023-05: the series has a gap',
      'data/trade/annual.csv [2023] year: has 11 months in the monthly series, not 12',
    ]);
    expect(problemsAfter((d) => (d.tradeMonths[0]!.exportsUsd += 600_000))).toEqual([
      "data/trade/annual.csv [2023] exportsUsd: months sum to 600360, 600000 dollars from the year's 360",
    ]);
    expect(problemsAfter((d) => (d.tradeMonths[0]!.exportsUsd += 500_000))).toEqual([]);
    expect(problemsAfter((d) => (d.tradeYears[1]!.year = 2026))).toContain(
      'data/trade/annual.csv [2026] year: follows 2023: the series has a gap',
    );
  });

  it('checkTradeFigures: a figure that disagrees with the series beyond its qualifier', () => {
    // 2023 total is 792: 795 is within 1% (approximately), 801 is not.
    expect(problemsAfter((d) => (d.figures[0]!.quantity.value = 801))).toEqual([
      'data/figures.json [trade-2023] quantity.value: approximately 801 disagrees with the 2023 total of 792',
    ]);
    expect(problemsAfter((d) => (d.figures[0]!.quantity.qualifier = 'exact'))).toEqual([
      'data/figures.json [trade-2023] quantity.value: exact 795 disagrees with the 2023 total of 792',
    ]);
    expect(problemsAfter((d) => (d.figures[0]!.quantity = { value: 792, unit: 'usd', qualifier: 'exact' }))).toEqual(
      [],
    );
    expect(
      problemsAfter((d) => (d.figures[0]!.quantity = { value: 793, unit: 'usd', qualifier: 'at-least' })),
    ).toHaveLength(1);
    expect(problemsAfter((d) => (d.figures[0]!.trade!.year = 1999))).toEqual([
      'data/figures.json [trade-2023] trade.year: year 1999 is not in the trade series',
    ]);
  });

  it('checkLookupKeys: two records that answer to the same key', () => {
    expect(problemsAfter((d) => (d.initiatives[1]!.aliases.es = ['TLCAN']))).toEqual([
      "data/initiatives.json [usmca] (record): lookup key 'tlcan' also names 'nafta'",
    ]);
    expect(problemsAfter((d) => (d.actors[1]!.aliases.en = ['A.M.L.O.']))).toEqual([
      "data/actors.json [claudia-sheinbaum] (record): lookup key 'amlo' also names 'andres-manuel-lopez-obrador'",
    ]);
  });

  it('checkTradeVintages: history rows, and revisable by Census rule', () => {
    expect(problemsAfter((d) => (d.tradeVintages[0]!.period = '2019'))).toContain(
      'data/trade/vintages.csv [2019] period: is not a period of the trade series',
    );
    expect(problemsAfter((d) => delete d.tradeVintages[0]!.importsUsd)).toEqual([
      'data/trade/vintages.csv [2023] (record): needs exports and imports, or a total',
    ]);
    expect(problemsAfter((d) => d.tradeVintages.push(structuredClone(d.tradeVintages[0]!)))).toEqual([
      "data/trade/vintages.csv [2023 brief] id: duplicate id '2023 brief'",
      "data/trade/vintages.csv [2023] vintage: 'brief' appears twice for this period",
      'data/trade/vintages.csv [2023] release: has more than one first release',
    ]);
    // Data as of 2025-01 leaves 2022 onward open; as of 2026-06 (after the June revision) 2023 is closed.
    expect(problemsAfter((d) => (d.tradeYears[0]!.revisable = false))).toEqual([
      "data/trade/annual.csv [2023] revisable: is false, but Census's rule gives true for data as of 2025-01",
    ]);
    expect(
      problemsAfter((d) => {
        d.sources.push({ ...d.sources[1]!, id: 'census-2026-06' });
        d.tradeYears[1]!.vintage = 'census-2026-06';
        d.tradeYears[1]!.sources = [{ source: 'census-2026-06' }];
      }),
    ).toEqual([
      "data/trade/annual.csv [2023] revisable: is true, but Census's rule gives false for data as of 2026-06",
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `data/trade/monthly.csv [2023-${String(i + 1).padStart(2, '0')}] revisable: is true, but Census's rule gives false for data as of 2026-06`,
      ),
    ]);
  });

  it('checkStatisticalSeries: gaps inside declared ranges, declared gaps that are present, months that do not sum', () => {
    const real = loadDataset();
    const seriesProblems = (breakIt: (data: Dataset) => void) => {
      const data = structuredClone(real);
      breakIt(data);
      const problems = checkStatisticalSeries(data);
      if (problems.length > 0) exercised.add('checkStatisticalSeries');
      return problems.map(formatProblem);
    };
    expect(checkStatisticalSeries(real)).toEqual([]);
    expect(seriesProblems((d) => (d.encounters = d.encounters.filter((r) => r.period !== '2019-03')))).toEqual([
      'data/encounters.json [southwest-border/total/2019-03] period: is inside the declared range 2017-10–2020-12 but missing: the series has a gap',
    ]);
    expect(
      seriesProblems((d) =>
        d.encounters.push({
          ...structuredClone(d.encounters[0]!),
          scope: 'southwest-border',
          component: 'total',
          period: '2017-11',
        }),
      ),
    ).toContain('data/encounters.json [southwest-border/total/2017-11] period: is declared missing but is present');
    expect(
      seriesProblems((d) => {
        const march = d.encounters.find(
          (r) => r.scope === 'southwest-border' && r.component === 'total' && r.period === '2019-03',
        );
        march!.value += 1;
      }),
    ).toEqual([
      'data/encounters.json [southwest-border/total/FY2019] value: months sum to 977510, the year says 977509',
    ]);
    expect(seriesProblems((d) => (d.remittances.find((r) => r.period === '2025-06')!.valueUsdMillions += 10))).toEqual([
      'data/remittances.json [2025] period: months sum to 61804, the year says 61791',
    ]);
    expect(seriesProblems((d) => (d.remittances = d.remittances.filter((r) => r.period !== '2016')))).toEqual([
      'data/remittances.json [2016] period: is inside the declared range 2013–2025 but missing: the series has a gap',
    ]);
    expect(seriesProblems((d) => (d.fdi = d.fdi.filter((r) => r.year !== 2020)))).toEqual([
      'data/fdi.json [2020] year: is inside the declared range 2013–2025 but missing: the series has a gap',
    ]);
  });

  // Tests in a file run in order, so by now every test above has broken the fixture its way.
  it('every check has found a problem in some test above', () => {
    expect([...exercised].sort()).toEqual(Object.keys(CHECKS).sort());
  });
});
