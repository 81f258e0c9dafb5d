import { describe, expect, it } from 'vitest';
import {
  getInitiative,
  initiativeChildren,
  initiativeComponents,
  initiativeEvents,
  initiativeLineage,
  initiatives,
  InvalidArgumentError,
  InvalidDateError,
  NotFoundError,
  requireInitiative,
} from '../src/index.js';

describe('getInitiative / requireInitiative', () => {
  it.each([
    ['usmca', 'usmca'],
    ['USMCA', 'usmca'],
    ['T-MEC', 'usmca'],
    ['tmec', 'usmca'],
    ['CUSMA', 'usmca'],
    ['Tratado entre México, Estados Unidos y Canadá', 'usmca'],
    ['TLCAN', 'nafta'],
    ['DEAN', 'hled'],
    ['hled', 'hled'],
    ['Diálogo Económico de Alto Nivel', 'hled'],
    ['dialogo economico de alto nivel', 'hled'],
    ['Misión Cortafuegos', 'mission-firewall'],
    ['MISION CORTAFUEGOS', 'mission-firewall'],
    ['Entendimiento Bicentenario', 'bicentennial-framework'],
    ['GIS', 'security-implementation-group'],
    ['Iniciativa Mérida', 'merida-initiative'],
  ])('%j finds %s', (key, id) => {
    expect(getInitiative(key)?.id).toBe(id);
    expect(requireInitiative(key).id).toBe(id);
  });
  it.each(['', '   ', 'usmac', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    '%j is an unknown key',
    (key) => {
      expect(getInitiative(key)).toBeUndefined();
      expect(() => requireInitiative(key)).toThrow(NotFoundError);
    },
  );
  it('suggests the closest keys', () => {
    try {
      requireInitiative('usmac');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).suggestions).toContain('usmca');
      expect((error as NotFoundError).message).toMatch(/^No initiative matches 'usmac'\. Did you mean .*'usmca'/);
      expect((error as NotFoundError).kind).toBe('initiative');
    }
  });
  it.each([42, null, undefined, {}, ['usmca']])('throws InvalidArgumentError for the non-string key %j', (key) => {
    expect(() => getInitiative(key as never)).toThrow(InvalidArgumentError);
    expect(() => requireInitiative(key as never)).toThrow('key must be a string;');
  });
});

describe('initiatives()', () => {
  it('filters by domain, status, party and date', () => {
    expect(initiatives().length).toBeGreaterThanOrEqual(15);
    expect(initiatives({ party: 'CA' }).map((i) => i.id)).toEqual(expect.arrayContaining(['nafta', 'usmca']));
    expect(initiatives({ party: 'ca' })).toEqual(initiatives({ party: 'CA' }));
    for (const initiative of initiatives({ party: 'CA' })) expect(initiative.parties).toContain('CA');
    expect(initiatives({ status: 'replaced' }).map((i) => i.id)).toEqual(
      expect.arrayContaining(['nafta', 'merida-initiative']),
    );
    for (const initiative of initiatives({ domain: 'security' })) expect(initiative.domains).toContain('security');
  });
  it('activeOn follows start and end at their precision', () => {
    const activeIds = (on: string) => initiatives({ activeOn: on, domain: 'trade' }).map((i) => i.id);
    expect(activeIds('2019-06-01')).toContain('nafta');
    expect(activeIds('2019-06-01')).not.toContain('usmca');
    expect(activeIds('2021-01-01')).toContain('usmca');
    expect(activeIds('2021-01-01')).not.toContain('nafta');
    expect(activeIds('2020-07-01')).toEqual(expect.arrayContaining(['nafta', 'usmca']));
    expect(initiatives({ activeOn: new Date(Date.UTC(2025, 9, 1)) }).map((i) => i.id)).toContain('mission-firewall');
  });
  it('rejects unknown option values', () => {
    expect(() => initiatives({ domain: 'sports' as never })).toThrow("domain must be one of 'security', 'trade'");
    expect(() => initiatives({ status: 'paused' as never })).toThrow(InvalidArgumentError);
    expect(() => initiatives({ activeOn: '2025-02-30' })).toThrow(InvalidDateError);
    expect(() => initiatives('trade' as never)).toThrow('query must be an object; got "trade".');
  });
});

describe('relations', () => {
  it('lineage runs both ways, oldest first', () => {
    expect(initiativeLineage('usmca').map((i) => i.id)).toEqual(['nafta', 'usmca']);
    expect(initiativeLineage('nafta').map((i) => i.id)).toEqual(['nafta', 'usmca']);
    expect(initiativeLineage('Entendimiento Bicentenario').map((i) => i.id)).toEqual([
      'merida-initiative',
      'bicentennial-framework',
    ]);
    expect(initiativeLineage('hled').map((i) => i.id)).toEqual(['hled']);
  });
  it('children, events and components', () => {
    expect(initiativeChildren('mission-firewall').map((i) => i.id)).toContain('air-shipments-platform');
    expect(initiativeChildren('security-implementation-group').map((i) => i.id)).toEqual(
      expect.arrayContaining(['mission-firewall']),
    );
    const usmcaEvents = initiativeEvents('T-MEC').map((e) => e.id);
    expect(usmcaEvents).toEqual(expect.arrayContaining(['usmca-signed', 'usmca-entry-into-force']));
    expect(usmcaEvents.indexOf('usmca-signed')).toBeLessThan(usmcaEvents.indexOf('usmca-entry-into-force'));
    expect(initiativeComponents('hled', 'pillar').map((c) => c.name.en)).toEqual([
      'Building Back Together',
      'Promoting Sustainable Economic and Social Development in Southern Mexico and Central America',
      'Securing the Tools for Future Prosperity',
      'Investing in Our People',
    ]);
    expect(initiativeComponents('security-implementation-group', 'commitment')).toHaveLength(6);
    expect(initiativeComponents('security-implementation-group', 'principle').map((c) => c.id)).toEqual([
      'reciprocity',
      'respect-for-sovereignty',
      'shared-responsibility',
      'mutual-trust',
    ]);
    expect(initiativeComponents('bicentennial-framework', 'goal')).toHaveLength(3);
  });
  it('throw NotFoundError for unknown keys and InvalidArgumentError for unknown kinds', () => {
    for (const fn of [initiativeLineage, initiativeChildren, initiativeEvents, initiativeComponents]) {
      expect(() => fn('gatt')).toThrow(NotFoundError);
    }
    expect(() => initiativeComponents('hled', 'wish' as never)).toThrow(
      "kind must be one of 'pillar', 'goal', 'principle', 'commitment'",
    );
  });
});
