import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPlace, mexicanStates, requirePlace } from '../src/index.js';

// A table in the shape of INEGI's catalogue of federal entities (CVE_ENT, NOM_ENT, NOM_ABR), copied from the source
// that data/places.json cites for the names and abbreviations (github-mjcrc31416-mh-mock-entidades).
const inegi = readFileSync(new URL('./fixtures/inegi-entidades.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [code = '', name = '', abbreviation = ''] = line.split(',');
    return { code, name, abbreviation };
  });
// A U.S. table keyed the way Census and CBP files key states: name and USPS code.
const usStates = readFileSync(new URL('./fixtures/us-border-states.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [name = '', usps = ''] = line.split(',');
    return { name, usps };
  });

describe('getPlace joins the keys of real files', () => {
  it('the INEGI table has the 32 federal entities', () => {
    expect(inegi).toHaveLength(32);
    expect(new Set(inegi.map((r) => r.code)).size).toBe(32);
  });
  it.each(['code', 'name', 'abbreviation'] as const)(
    'resolves 32/32 INEGI rows by %s to the entity with that code',
    (column) => {
      const resolved = inegi.map((row) => getPlace(row[column])?.inegi);
      expect(resolved).toEqual(inegi.map((row) => row.code));
    },
  );
  it('resolves INEGI codes without their leading zero, as spreadsheets store them', () => {
    expect(inegi.map((row) => getPlace(String(Number(row.code)))?.inegi)).toEqual(inegi.map((row) => row.code));
  });
  it('resolves every U.S. state row by name and by USPS code', () => {
    for (const row of usStates) {
      expect(getPlace(row.name)?.iso31662).toBe(`US-${row.usps}`);
      expect(getPlace(row.usps)?.iso31662).toBe(`US-${row.usps}`);
    }
  });
  it.each([
    ['CDMX', 'mx-cmx'],
    ['Distrito Federal', 'mx-cmx'],
    ['DF', 'mx-cmx'],
    ['D.F.', 'mx-cmx'],
    ['Edomex', 'mx-mex'],
    ['Estado de México', 'mx-mex'],
    ['México', 'mx-mex'],
    ['Veracruz de Ignacio de la Llave', 'mx-ver'],
    ['Coahuila de Zaragoza', 'mx-coa'],
    ['Michoacán de Ocampo', 'mx-mic'],
    ['michoacan de ocampo', 'mx-mic'],
    ['9', 'mx-cmx'],
    ['09', 'mx-cmx'],
    ['NLE', 'mx-nle'],
    ['MX-NLE', 'mx-nle'],
    ['TX', 'us-tx'],
    ['US-TX', 'us-tx'],
    ['Q. Roo', 'mx-roo'],
  ])('resolves %s', (key, id) => {
    expect(getPlace(key)?.id).toBe(id);
  });
  it('suggests the closest key for a near miss', () => {
    expect(() => requirePlace('Michoacan de Ocampoo')).toThrow(/Did you mean 'Michoacán de Ocampo'/);
  });
  it('every Mexican entity carries its INEGI official name and abbreviation', () => {
    for (const place of mexicanStates()) {
      expect(place.officialName).toBeTruthy();
      expect(place.abbreviation).toBeTruthy();
    }
  });
});
