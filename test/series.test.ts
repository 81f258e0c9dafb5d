import { describe, expect, it } from 'vitest';
import {
  CoverageError,
  encounterChange,
  encounterCount,
  encounterCoverage,
  encounterSeries,
  fdiChange,
  fdiCoverage,
  fdiFromUs,
  fdiSeries,
  fdiTotal,
  getEncounters,
  getFdiYear,
  getSource,
  getRemittances,
  InvalidArgumentError,
  InvalidRangeError,
  remittanceChange,
  remittanceCoverage,
  remittanceSeries,
  remittancesUsdMillions,
} from '../src/index.js';
import { encounters } from '../src/generated/encounters.js';
import { fdi } from '../src/generated/fdi.js';
import { remittances } from '../src/generated/remittances.js';

/** The sources a record cites, by id. */
const cited = (record: { readonly sources: readonly { readonly source: string }[] } | undefined) =>
  record?.sources.map((c) => c.source) ?? [];

describe('CBP encounters: published figures', () => {
  it('CBP Enforcement Statistics (cbp.gov, FY17–FY24 table, nationwide): FY2024 total, FY2024 USBP, FY2017 OFO', () => {
    expect(encounterCount('FY2024', { scope: 'nationwide' })).toBe(2_901_142);
    expect(encounterCount('FY2024', { scope: 'nationwide', component: 'usbp' })).toBe(1_577_319);
    expect(encounterCount('FY2017', { scope: 'nationwide', component: 'ofo' })).toBe(216_370);
    expect(cited(getEncounters('FY2024', { scope: 'nationwide' }))).toContain('cbp-enforcement-statistics-fy17-fy24');
  });

  it("CBP's Southwest Land Border Encounters dashboard (January 2021 printout): FY2019 and May 2019 totals", () => {
    expect(encounterCount('FY2019')).toBe(977_509);
    expect(encounterCount('2019-05')).toBe(144_116);
    expect(cited(getEncounters('2019-05'))).toEqual(['cbp-sw-land-border-encounters-dashboard-2021-01-docslib']);
  });

  it('CRS report R46012 (2019-11-19): FY2019 Border Patrol apprehensions at the southwest border', () => {
    expect(encounterCount('FY2019', { component: 'usbp' })).toBe(851_508);
    expect(cited(getEncounters('FY2019', { component: 'usbp' }))).toContain('crs-r46012-2019-11-19');
  });

  it('the CBP release of 2025-10-07 (press copy): FY2025 USBP apprehensions, marked preliminary with their vintage', () => {
    const record = getEncounters('FY2025', { component: 'usbp' });
    expect(record?.value).toBe(237_565);
    expect(record?.preliminary).toBe(true);
    expect(record?.vintage).toBe('2025-10-07');
    expect(getSource('cbp-2025-10-07-fy2025-release-pubt')?.publisher).toBe('U.S. Customs and Border Protection');
  });

  it('keeps hedged values with their qualifier and earlier vintages as revisions', () => {
    expect(getEncounters('FY2024', { component: 'usbp' })?.qualifier).toBe('approximately');
    const november = getEncounters('2020-11', { component: 'usbp' });
    expect(november?.value).toBe(68_512);
    expect(november?.revisions?.map((r) => [r.value, r.kind, r.vintage])).toEqual([
      [67_101, 'earlier-vintage', '2020-12-17'],
    ]);
  });

  it('never mixes scopes, and series, changes and coverage answer from one series', () => {
    for (const r of encounters()) expect(['nationwide', 'southwest-border']).toContain(r.scope);
    expect(encounterCount('FY2023', { scope: 'nationwide' })).not.toBe(encounterCount('FY2023'));
    expect(encounterSeries({ from: 'FY2018', to: 'FY2020' }).map((r) => r.value)).toEqual([521_090, 977_509, 458_088]);
    expect(encounterSeries({ frequency: 'month', from: '2020-05', to: '2020-07' }).map((r) => r.period)).toEqual([
      '2020-05',
      '2020-07',
    ]);
    expect(Math.round(encounterChange('FY2023', 'FY2024', { scope: 'nationwide' }).percent)).toBe(-9);
    expect(() => encounterCount('2017-11')).toThrow(CoverageError);
    expect(() => encounterCount('FY2024', { scope: 'northern-border' as never })).toThrow(InvalidArgumentError);
    expect(() => encounterSeries({ from: 'FY2024', to: 'FY2020' })).toThrow(InvalidRangeError);
    expect(() => encounterSeries({ from: '2020-01' })).toThrow(InvalidArgumentError);
    const months = encounterCoverage({ scope: 'southwest-border', component: 'total', frequency: 'month' });
    expect(months[0]?.ranges[0]?.missing.map((m) => m.period)).toEqual(['2017-11', '2020-06']);
  });

  it('every declared series has records', () => {
    for (const c of encounterCoverage()) {
      const has = encounters().some(
        (r) =>
          r.scope === c.scope &&
          r.component === c.component &&
          r.period.startsWith('FY') === (c.frequency === 'fiscal-year'),
      );
      expect(has, `${c.scope}/${c.component}/${c.frequency}`).toBe(true);
    }
  });
});

describe('Remittances to Mexico (Banco de México): published figures', () => {
  it('the release of 2026-02-03 (press copy: La Razón): 2025 total and the revised 2024 total', () => {
    expect(remittancesUsdMillions(2025)).toBe(61_791);
    expect(getRemittances(2025)?.usShare).toEqual({ value: 0.96, qualifier: 'approximately' });
    expect(cited(getRemittances(2025))).toContain('razon-2026-02-03-remesas-2025');
    expect(remittancesUsdMillions('2024')).toBe(64_746);
    expect(getRemittances(2024)?.vintage).toBe('2026-02-03');
  });

  it('the release of 2025-02-04 (as La Crónica de Hoy reported it that day, with EFE): 2024 first published as 64,745', () => {
    const first = getRemittances(2024)?.revisions?.[0];
    expect([first?.valueUsdMillions, first?.kind, first?.vintage]).toEqual([64_745, 'earlier-vintage', '2025-02-04']);
    expect(cited(first)).toContain('cronica-2025-02-04-remesas-2024');
  });

  it('the release of 2014-02-04 (press copy: El Economista): 2013 total and December 2013', () => {
    expect(remittancesUsdMillions(2013)).toBe(21_597);
    expect(remittancesUsdMillions('2013-12')).toBe(1_798);
    expect(cited(getRemittances('2013-12'))).toEqual(['eleconomista-2014-02-04-remesas-2013']);
  });

  it('series, changes and coverage; sources name Banco de México as publisher and the press copy read', () => {
    expect(remittanceSeries({ from: 2023 }).map((r) => r.valueUsdMillions)).toEqual([63_319, 64_746, 61_791]);
    expect(remittanceSeries({ frequency: 'month', from: '2025-01' })).toHaveLength(12);
    expect(Math.round(remittanceChange(2024, 2025).percent * 10) / 10).toBe(-4.6);
    expect(remittanceCoverage().years).toEqual([{ from: '2013', to: '2025', missing: [] }]);
    expect(() => remittancesUsdMillions(2012)).toThrow(CoverageError);
    const source = getSource('razon-2026-02-03-remesas-2025');
    expect([source?.publisher, source?.copyPublisher]).toEqual(['Banco de México', 'La Razón']);
    for (const r of remittances()) expect(r.sources.length).toBeGreaterThan(0);
  });
});

describe('Foreign direct investment in Mexico (Secretaría de Economía): published figures', () => {
  it('the release of 2026-02-25 (press copy: Uno TV): 2025 total and the amount from the United States, preliminary', () => {
    expect(fdiTotal(2025)).toBe(40_871);
    expect(fdiFromUs(2025)).toBe(15_877);
    expect(getFdiYear(2025)?.preliminary).toBe(true);
    expect(getFdiYear(2025)?.vintage).toBe('2026-02-25');
    expect(cited(getFdiYear(2025))).toContain('unotv-2026-02-25-ied-2025');
  });

  it('the release of February 2025 (press copy: El Heraldo de San Luis Potosí): 2024 total and U.S. amount', () => {
    expect(fdiTotal(2024)).toBe(36_872);
    expect(fdiFromUs(2024)).toBe(16_513);
    expect(cited(getFdiYear(2024))).toContain('elheraldoslp-2025-02-26-ied-2024');
  });

  it('the release of 2017-02-15 (press copy: 24 Horas): 2016 total and U.S. amount', () => {
    expect(fdiTotal(2016)).toBe(26_739);
    expect(fdiFromUs(2016)).toBe(10_410);
    expect(cited(getFdiYear(2016))).toContain('24horas-2017-02-16-ied-2016');
  });

  it('revised years keep the first release as a revision; 2017 is a declared gap, never filled in', () => {
    const y2021 = getFdiYear(2021);
    expect([y2021?.totalUsdMillions, y2021?.preliminary]).toEqual([31_544, false]);
    expect(y2021?.revisions?.[0]).toMatchObject({
      totalUsdMillions: 31_621.2,
      kind: 'earlier-vintage',
      preliminary: true,
    });
    expect(fdiSeries({ from: 2016, to: 2018 }).map((r) => r.year)).toEqual([2016, 2018]);
    expect(() => fdiTotal(2017)).toThrow(CoverageError);
    expect(fdiCoverage()[0]?.missing.map((m) => m.period)).toEqual(['2017']);
    expect(Math.round(fdiChange(2024, 2025).percent)).toBe(11);
    expect(fdi().every((r) => typeof r.preliminary === 'boolean')).toBe(true);
  });
});
