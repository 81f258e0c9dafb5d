import { describe, expect, it } from 'vitest';
import {
  CoverageError,
  DatePrecisionError,
  getRole,
  NotFoundError,
  officeHolder,
  officeRoles,
  officeTerms,
  type RoleId,
  sourcesFor,
} from '../src/index.js';

// Who held each office on a day inside a term, across every role and decade. Each pair was checked against the
// public record when the terms were reviewed; the test also proves the term behind each answer cites a real source.
const HOLDERS: [role: RoleId, day: string, holder: string][] = [
  ['president-of-the-united-states', '1997-01-20', 'bill-clinton'],
  ['president-of-the-united-states', '2005-01-20', 'george-w-bush'],
  ['president-of-the-united-states', '2013-01-20', 'barack-obama'],
  ['president-of-the-united-states', '2019-06-01', 'donald-trump'],
  ['president-of-the-united-states', '2023-01-20', 'joe-biden'],
  ['president-of-mexico', '1997-11-30', 'ernesto-zedillo'],
  ['president-of-mexico', '2003-12-01', 'vicente-fox'],
  ['president-of-mexico', '2009-11-30', 'felipe-calderon'],
  ['president-of-mexico', '2015-12-01', 'enrique-pena-nieto'],
  ['president-of-mexico', '2021-10-31', 'andres-manuel-lopez-obrador'],
  ['president-of-mexico', '2025-05-24', 'claudia-sheinbaum'],
  ['us-secretary-of-state', '1995-01-19', 'warren-christopher'],
  ['us-secretary-of-state', '1999-01-22', 'madeleine-albright'],
  ['us-secretary-of-state', '2003-01-23', 'colin-powell'],
  ['us-secretary-of-state', '2011-01-27', 'hillary-clinton'],
  ['us-secretary-of-state', '2015-01-17', 'john-kerry'],
  ['us-secretary-of-state', '2019-09-08', 'mike-pompeo'],
  ['us-secretary-of-state', '2023-06-01', 'antony-blinken'],
  ['mexico-foreign-secretary', '1996-06-16', 'jose-angel-gurria'],
  ['mexico-foreign-secretary', '2001-12-21', 'jorge-castaneda'],
  ['mexico-foreign-secretary', '2009-11-30', 'patricia-espinosa'],
  ['mexico-foreign-secretary', '2017-07-04', 'luis-videgaray'],
  ['mexico-foreign-secretary', '2021-03-07', 'marcelo-ebrard'],
  ['mexico-foreign-secretary', '2025-05-24', 'juan-ramon-de-la-fuente'],
  ['us-ambassador-to-mexico', '1995-08-03', 'james-r-jones'],
  ['us-ambassador-to-mexico', '2000-08-24', 'jeffrey-davidow'],
  ['us-ambassador-to-mexico', '2005-12-25', 'antonio-garza'],
  ['us-ambassador-to-mexico', '2013-08-06', 'earl-anthony-wayne'],
  ['us-ambassador-to-mexico', '2023-05-12', 'ken-salazar'],
  ['us-ambassador-to-mexico', '2025-09-16', 'ronald-johnson'],
  ['mexico-ambassador-to-the-united-states', '1998-12-31', 'jesus-reyes-heroles'],
  ['mexico-ambassador-to-the-united-states', '2010-01-26', 'arturo-sarukhan'],
  ['mexico-ambassador-to-the-united-states', '2020-01-22', 'martha-barcena'],
  ['mexico-ambassador-to-the-united-states', '2023-08-09', 'esteban-moctezuma'],
  ['us-secretary-of-homeland-security', '2004-01-28', 'tom-ridge'],
  ['us-secretary-of-homeland-security', '2011-05-15', 'janet-napolitano'],
  ['us-secretary-of-homeland-security', '2018-08-08', 'kirstjen-nielsen'],
  ['us-secretary-of-homeland-security', '2023-01-27', 'alejandro-mayorkas'],
  ['us-attorney-general', '1997-02-14', 'janet-reno'],
  ['us-attorney-general', '2006-05-27', 'alberto-gonzales'],
  ['us-attorney-general', '2012-03-16', 'eric-holder'],
  ['us-attorney-general', '2020-01-19', 'william-barr'],
  ['us-attorney-general', '2023-02-14', 'merrick-garland'],
  ['mexico-attorney-general', '1995-12-02', 'antonio-lozano-gracia'],
  ['mexico-attorney-general', '2008-05-04', 'eduardo-medina-mora'],
  ['mexico-attorney-general', '2014-01-15', 'jesus-murillo-karam'],
  ['mexico-attorney-general', '2022-06-23', 'alejandro-gertz-manero'],
  ['mexico-security-secretary', '2002-10-22', 'alejandro-gertz-manero'],
  ['mexico-security-secretary', '2009-07-01', 'genaro-garcia-luna'],
  ['mexico-security-secretary', '2022-10-16', 'rosa-icela-rodriguez'],
  ['mexico-security-secretary', '2025-06-08', 'omar-garcia-harfuch'],
  ['us-trade-representative', '1995-02-20', 'mickey-kantor'],
  ['us-trade-representative', '2003-01-20', 'robert-zoellick'],
  ['us-trade-representative', '2011-03-18', 'ron-kirk'],
  ['us-trade-representative', '2019-03-19', 'robert-lighthizer'],
  ['us-trade-representative', '2023-02-18', 'katherine-tai'],
  ['mexico-secretary-of-economy', '1997-07-01', 'herminio-blanco'],
  ['mexico-secretary-of-economy', '2009-07-25', 'gerardo-ruiz-mateos'],
  ['mexico-secretary-of-economy', '2015-12-01', 'ildefonso-guajardo'],
  ['mexico-secretary-of-economy', '2021-11-20', 'tatiana-clouthier'],
  ['mexico-secretary-of-economy', '2025-06-08', 'marcelo-ebrard'],
];

describe('officeHolder', () => {
  it('covers every role and four decades', () => {
    expect(new Set(HOLDERS.map(([role]) => role))).toEqual(new Set(officeRoles().map((r) => r.id)));
    expect(new Set(HOLDERS.map(([, day]) => `${day.slice(0, 3)}0s`))).toEqual(
      new Set(['1990s', '2000s', '2010s', '2020s']),
    );
  });
  it.each(HOLDERS)('%s on %s is %s, by a cited term', (role, day, holder) => {
    expect(officeHolder(role, day)?.id).toBe(holder);
    const [term] = officeTerms(role, day).filter((t) => t.holder.id === holder);
    expect(term).toBeDefined();
    expect(term?.sources.some((c) => c.source !== 'brief')).toBe(true);
  });
  it('gives the incoming holder on a handover day', () => {
    expect(officeHolder('president-of-the-united-states', '2025-01-19')?.id).toBe('joe-biden');
    expect(officeHolder('president-of-the-united-states', '2025-01-20')?.id).toBe('donald-trump');
  });
  it('gives an acting holder standing in during a leave, and says so', () => {
    expect(officeHolder('mexico-foreign-secretary', '2025-12-15')?.id).toBe('roberto-velasco');
    const terms = officeTerms('mexico-foreign-secretary', '2025-12-15');
    expect(terms.map((t) => [t.holder.id, t.acting])).toEqual([
      ['juan-ramon-de-la-fuente', false],
      ['roberto-velasco', true],
    ]);
    expect(officeHolder('mexico-foreign-secretary', '2026-01-10')?.id).toBe('juan-ramon-de-la-fuente');
  });
  it('rejects a month or a year, which several holders may share, with a typed error that points to officeTerms', () => {
    expect(() => officeHolder('president-of-mexico', '2018')).toThrow(DatePrecisionError);
    expect(() => officeHolder('president-of-mexico', '2018-12')).toThrow(
      /officeTerms\('president-of-mexico', '2018-12'\)/,
    );
  });
  it('answers undefined only for a true vacancy', () => {
    // Between Ambassador Jacobson's departure (2018-05-05) and Ambassador Landau's arrival (2019-08-16).
    expect(officeHolder('us-ambassador-to-mexico', '2018-12-01')).toBeUndefined();
    // The Secretariat of Public Security was abolished in 2013; the SSPC was created in December 2018.
    expect(officeHolder('mexico-security-secretary', '2015-06-01')).toBeUndefined();
  });
  it('throws CoverageError, naming what is covered, outside the coverage or in a gap', () => {
    expect(() => officeHolder('president-of-mexico', '1990-06-01')).toThrow(CoverageError);
    expect(() => officeHolder('president-of-mexico', '1990-06-01')).toThrow(/recorded from 1994-01-01/);
    expect(() => officeHolder('us-secretary-of-homeland-security', '2001-01-01')).toThrow(/from 2003-01-24/);
    expect(() => officeHolder('mexico-secretary-of-economy', '2004-06-01')).toThrow(/gap in the data/);
    try {
      officeHolder('president-of-mexico', '2100-01-01');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CoverageError);
      expect((error as CoverageError).covered.from).toBe('1994-01-01');
    }
  });
  it('throws NotFoundError with suggestions for an unknown role', () => {
    // @ts-expect-error A misspelled role id does not compile; at run time it throws with suggestions.
    expect(() => officeHolder('president-of-mexicoo', '2020-01-01')).toThrow(NotFoundError);
    expect(() => officeHolder('president-of-mexicoo' as RoleId, '2020-01-01')).toThrow(/president-of-mexico/);
  });
});

describe('every term of record', () => {
  it('cites a source other than the brief', () => {
    for (const role of officeRoles()) {
      for (const term of officeTerms(role.id)) {
        expect(
          term.sources.some((c) => c.source !== 'brief'),
          `${role.id} ${term.holder.id} ${term.from}`,
        ).toBe(true);
      }
    }
  });
});

describe('officeTerms', () => {
  it('returns every holder in a year, oldest first', () => {
    expect(officeTerms('president-of-mexico', '2018').map((t) => t.holder.id)).toEqual([
      'enrique-pena-nieto',
      'andres-manuel-lopez-obrador',
    ]);
  });
  it('returns acting holders in a range, marked as acting', () => {
    const terms = officeTerms('us-attorney-general', { from: '2017-01-01', to: '2017-03-01' });
    expect(terms.map((t) => [t.holder.id, t.acting])).toEqual([
      ['loretta-lynch', false],
      ['sally-yates', true],
      ['dana-boente', true],
      ['jeff-sessions', false],
    ]);
  });
  it('gives each term its title, dates and sources', () => {
    const [term] = officeTerms('president-of-mexico', '2025-01-01');
    expect(term?.title.es).toMatch(/Presidenta/);
    expect(term?.from).toBe('2024-10-01');
    expect(sourcesFor(term?.holder.id ?? '').length).toBeGreaterThan(0);
  });
});

describe('officeRoles', () => {
  it('returns role records with names in both languages, a country and the coverage', () => {
    for (const role of officeRoles()) {
      expect(role.name.en && role.name.es).toBeTruthy();
      expect(['US', 'MX']).toContain(role.country);
      expect(role.coverage.from).toMatch(/^\d{4}/);
    }
    expect(getRole('us-ambassador-to-mexico')?.country).toBe('US');
    expect(getRole('nope')).toBeUndefined();
  });
});
