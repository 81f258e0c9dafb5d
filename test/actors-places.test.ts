import { describe, expect, it } from 'vitest';
import {
  actors,
  borderStates,
  getActor,
  getPlace,
  InvalidArgumentError,
  InvalidDateError,
  mexicanStates,
  NotFoundError,
  officeHolder,
  officeRoles,
  requireActor,
  requirePlace,
} from '../src/index.js';

describe('actors', () => {
  it('looks actors up by id, name, acronym and alias', () => {
    expect(getActor('claudia-sheinbaum')?.country).toBe('MX');
    expect(getActor('Claudia Sheinbaum Pardo')?.id).toBe('claudia-sheinbaum');
    expect(getActor('sre')?.kind).toBe('agency');
    expect(getActor('Guardia Nacional')?.kind).toBe('force');
    expect(getActor('nobody')).toBeUndefined();
    expect(() => requireActor('marco rubioo')).toThrow(/Did you mean 'Marco Rubio'/);
  });
  it('filters by kind and country', () => {
    const mexicans = actors({ kind: 'person', country: 'mx' });
    expect(mexicans.map((a) => a.id)).toEqual(
      expect.arrayContaining(['claudia-sheinbaum', 'andres-manuel-lopez-obrador']),
    );
    for (const actor of mexicans) expect([actor.kind, actor.country]).toEqual(['person', 'MX']);
    expect(() => actors({ kind: 'cartel' as never })).toThrow(InvalidArgumentError);
  });
  it('officeHolder follows the researched terms, including handover days', () => {
    expect(officeHolder('president-of-mexico', '2025-09-03')?.id).toBe('claudia-sheinbaum');
    expect(officeHolder('president-of-mexico', '2024-09-30')?.id).toBe('andres-manuel-lopez-obrador');
    expect(officeHolder('president-of-mexico', '2024-10-01')?.id).toBe('claudia-sheinbaum');
    expect(officeHolder('president-of-the-united-states', '2025-01-19')?.id).toBe('joe-biden');
    expect(officeHolder('president-of-the-united-states', '2025-01-20')?.id).toBe('donald-trump');
    expect(officeHolder('us-secretary-of-state', new Date(Date.UTC(2025, 8, 3)))?.id).toBe('marco-rubio');
    expect(officeHolder('president-of-the-united-states', '2019-06-01')?.id).toBe('donald-trump');
    expect(officeRoles().map((r) => r.id)).toEqual(
      expect.arrayContaining(['president-of-mexico', 'us-secretary-of-state']),
    );
  });
  it('officeHolder rejects unknown roles and bad dates', () => {
    expect(() => officeHolder('president-of-mexco' as never, '2025-01-01')).toThrow(NotFoundError);
    expect(() => officeHolder('president-of-mexco' as never, '2025-01-01')).toThrow(
      "No role matches 'president-of-mexco'. Did you mean 'president-of-mexico'?",
    );
    expect(() => officeHolder('__proto__' as never, '2025-01-01')).toThrow(NotFoundError);
    expect(() => officeHolder('president-of-mexico', '2025-02-30')).toThrow(InvalidDateError);
    expect(() => officeHolder(5 as never, '2025-01-01')).toThrow(InvalidArgumentError);
  });
});

describe('places', () => {
  it('has the 32 Mexican federal entities with distinct INEGI and ISO codes', () => {
    const states = mexicanStates();
    expect(states).toHaveLength(32);
    expect(states.map((s) => s.inegi)).toEqual(Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(states.map((s) => s.iso31662)).size).toBe(32);
    expect(states.find((s) => s.iso31662 === 'MX-CMX')?.capital).toBeUndefined();
  });
  it('looks places up by id, ISO code, INEGI code and name, without accents', () => {
    expect(getPlace('mx-nle')?.name.es).toBe('Nuevo León');
    expect(getPlace('MX-NLE')?.id).toBe('mx-nle');
    expect(getPlace('19')?.id).toBe('mx-nle');
    expect(getPlace('nuevo leon')?.id).toBe('mx-nle');
    expect(getPlace('Ciudad de México')?.id).toBe('mx-cmx');
    expect(getPlace('mexico city')?.id).toBe('mx-cmx');
    expect(getPlace('Texas')?.country).toBe('US');
    expect(getPlace('Atlantis')).toBeUndefined();
    expect(() => requirePlace('Sonorra')).toThrow(/Did you mean 'Sonora'/);
    expect(() => getPlace(19 as never)).toThrow(InvalidArgumentError);
  });
  it('lists the border states of each country', () => {
    expect(
      borderStates({ country: 'MX' })
        .map((p) => p.iso31662)
        .sort(),
    ).toEqual(['MX-BCN', 'MX-CHH', 'MX-COA', 'MX-NLE', 'MX-SON', 'MX-TAM']);
    expect(borderStates({ country: 'US' }).map((p) => p.iso31662)).toEqual(['US-AZ', 'US-CA', 'US-NM', 'US-TX']);
    expect(borderStates()).toHaveLength(10);
    expect(() => borderStates({ country: 'CA' as never })).toThrow("country must be one of 'MX', 'US'");
  });
});
