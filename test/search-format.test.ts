import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatPartialDate,
  formatQuantity,
  getInitiative,
  InvalidArgumentError,
  InvalidDateError,
  localize,
  requireInitiative,
  search,
} from '../src/index.js';

describe('search', () => {
  it('matches across languages, accents and case, best first', () => {
    expect(search('dialogo economico')[0]?.id).toBe('hled');
    expect(search('High-Level Economic Dialogue')[0]?.id).toBe('hled');
    expect(search('T-MEC')[0]).toMatchObject({ kind: 'initiative', id: 'usmca' });
    expect(search('tmec', { lang: 'es' })[0]?.label).toBe('Tratado entre México, Estados Unidos y Canadá');
    expect(search('cortafuegos')[0]?.id).toBe('mission-firewall');
    expect(search('SHEINBAUM', { kinds: ['actor'] }).map((h) => h.id)).toEqual(['claudia-sheinbaum']);
    expect(search('nuevo leon', { kinds: ['place'] }).map((h) => h.id)).toEqual(['mx-nle', 'us-nm']);
  });
  it('honours kinds and limit, and skips stop words', () => {
    const hits = search('mexico', { limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(search('the of de')).toEqual([]);
    expect(search('')).toEqual([]);
    expect(search('zzzzqqq')).toEqual([]);
    for (const hit of search('border', { kinds: ['event', 'figure'] })) expect(['event', 'figure']).toContain(hit.kind);
  });
  it('rejects bad options', () => {
    expect(() => search(5 as never)).toThrow('text must be a string; got 5.');
    expect(() => search('x', { limit: 0 })).toThrow('limit must be at least 1; got 0.');
    expect(() => search('x', { limit: 1.5 })).toThrow(InvalidArgumentError);
    expect(() => search('x', { kinds: ['comment'] as never })).toThrow(
      "kinds[0] must be one of 'initiative', 'event', 'actor', 'place', 'figure'",
    );
    expect(() => search('x', { lang: 'fr' as never })).toThrow(
      "lang must be 'en', 'es' or a BCP-47 tag for either (such as 'es-MX'); got \"fr\".",
    );
    expect(search('tmec', { lang: 'es-ES' })[0]?.label).toBe('Tratado entre México, Estados Unidos y Canadá');
  });
});

describe('formatPartialDate', () => {
  it('leaves no code reading local time (the tz project runs the tests of formatted dates in a second zone)', () => {
    // Local-time fields (getHours, getDate, …) and a Date built from local fields read the machine's time zone.
    const localTime = /new Date\(\s*\d|\.get(FullYear|Month|Date|Day|Hours|Minutes|TimezoneOffset)\(/;
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const readers = files.filter((file) => localTime.test(readFileSync(join('src', file), 'utf8')));
    expect(readers).toEqual([]);
  });
  it.each([
    ['2025', 'en', '2025'],
    ['2025', 'es', '2025'],
    ['2025-09', 'en', 'September 2025'],
    ['2025-09', 'es', 'septiembre de 2025'],
    ['2025-09-03', 'en', 'September 3, 2025'],
    ['2025-09-03', 'es', '3 de septiembre de 2025'],
    ['0099-01-01', 'en', 'January 1, 0099'],
  ] as const)('%s in %s is %j', (date, lang, expected) => {
    expect(formatPartialDate(date, { lang })).toBe(expected);
  });
  it('reads a Date as its UTC calendar day and rejects bad dates', () => {
    expect(formatPartialDate(new Date(Date.UTC(2020, 6, 1, 23, 30)))).toBe('July 1, 2020');
    expect(() => formatPartialDate('2025-02-30')).toThrow(InvalidDateError);
    expect(() => formatPartialDate(new Date(Number.NaN))).toThrow(
      'date must be a YYYY, YYYY-MM or YYYY-MM-DD calendar date or a valid Date; got Invalid Date.',
    );
    expect(() => formatPartialDate('2025', { lang: 'fr' as never })).toThrow(InvalidArgumentError);
  });
});

describe('formatQuantity', () => {
  it.each([
    [{ value: 799e9, unit: 'usd', qualifier: 'approximately' }, 'en', 'approximately $799 billion'],
    [{ value: 799e9, unit: 'usd', qualifier: 'approximately' }, 'es', 'aproximadamente 799 mil millones de dólares'],
    [{ value: 798_900_000_000, unit: 'usd', qualifier: 'exact' }, 'en', '$798.9 billion'],
    [{ value: -148_472_800_000, unit: 'usd', qualifier: 'exact' }, 'en', '-$148.5 billion'],
    [{ value: 71e6, unit: 'usd', qualifier: 'approximately' }, 'es', 'aproximadamente 71 millones de dólares'],
    [{ value: 1.2e12, unit: 'usd', qualifier: 'exact' }, 'es', '1.2 billones de dólares'],
    [{ value: 950, unit: 'usd', qualifier: 'at-most' }, 'en', 'at most $950'],
    [{ value: 50, unit: 'people', qualifier: 'at-least' }, 'en', 'at least 50'],
    [{ value: 50, unit: 'people', qualifier: 'at-least' }, 'es', 'al menos 50'],
    [{ value: 125, unit: 'count', qualifier: 'more-than' }, 'es', 'más de 125'],
    [{ value: 10_000, unit: 'people', qualifier: 'exact' }, 'en', '10,000'],
    [{ value: 1, unit: 'rank', qualifier: 'exact' }, 'en', 'No. 1'],
    [{ value: 15.7, unit: 'percent', qualifier: 'approximately' }, 'en', 'approximately 15.7%'],
  ] as const)('%j in %s', (quantity, lang, expected) => {
    expect(formatQuantity(quantity, { lang })).toBe(expected);
  });
  it('writes every digit in standard notation', () => {
    expect(formatQuantity({ value: 799e9, unit: 'usd', qualifier: 'approximately' }, { notation: 'standard' })).toBe(
      'approximately $799,000,000,000',
    );
    expect(
      formatQuantity({ value: 799e9, unit: 'usd', qualifier: 'exact' }, { lang: 'es', notation: 'standard' }),
    ).toBe('799,000,000,000 dólares');
  });
  it('rejects what is not a quantity', () => {
    expect(() => formatQuantity({ value: Number.NaN, unit: 'usd', qualifier: 'exact' })).toThrow(InvalidArgumentError);
    expect(() => formatQuantity({ value: 1, unit: 'usd', qualifier: 'roughly' } as never)).toThrow(
      "quantity.qualifier must be one of 'exact', 'approximately', 'at-least', 'more-than', 'at-most'; got \"roughly\".",
    );
    expect(() => formatQuantity(null as never)).toThrow(InvalidArgumentError);
    expect(() => formatQuantity({ value: 1, unit: 'usd', qualifier: 'exact' }, { notation: 'short' as never })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe('localize', () => {
  it('replaces every language pair with one language, deeply, in a frozen copy', () => {
    const es = localize(requireInitiative('usmca'), 'es');
    expect(es.name).toBe('Tratado entre México, Estados Unidos y Canadá');
    expect(es.acronyms).toEqual(['T-MEC']);
    expect(es.sources.length).toBeGreaterThan(0);
    expect(Object.isFrozen(es)).toBe(true);
    const hled = localize(requireInitiative('hled'), 'en');
    expect(hled.components[0]?.name).toBe('Building Back Together');
    expect(getInitiative('usmca')?.name.en).toBe('United States-Mexico-Canada Agreement');
    expect(() => localize(requireInitiative('usmca'), 'fr' as never)).toThrow(InvalidArgumentError);
  });
});
