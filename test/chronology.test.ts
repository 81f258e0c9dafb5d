import { describe, expect, it } from 'vitest';
import { initiatives, sourcesFor, timeline, timelineCoverage } from '../src/index.js';

// The size and reach of the chronology of record, computed from the data so that they cannot fall back unnoticed.
describe('the chronology of record', () => {
  it('holds at least 150 events and 25 initiatives', () => {
    expect(timeline().length).toBeGreaterThanOrEqual(150);
    expect(initiatives().length).toBeGreaterThanOrEqual(25);
  });
  it('has at least one event in every year from 1994 to 2025', () => {
    const { perYear } = timelineCoverage();
    const empty = Array.from({ length: 32 }, (_, i) => 1994 + i).filter((year) => !perYear.get(year));
    expect(empty).toEqual([]);
  });
  it('cites for every event and initiative at least one source other than the brief, strongest first', () => {
    for (const record of [...timeline(), ...initiatives()]) {
      const kinds = sourcesFor(record.id).map((c) => c.source.kind);
      expect(
        kinds.some((k) => k !== 'brief'),
        record.id,
      ).toBe(true);
      expect(kinds[0], record.id).not.toBe('brief');
    }
  });
  it('says what it covers and how recent it is', () => {
    const coverage = timelineCoverage();
    expect(coverage.from).toBe('1994-01-01');
    expect(coverage.to >= '2026-01').toBe(true);
    expect(coverage.asOf >= coverage.to).toBe(true);
    expect(coverage.events).toBe(timeline().length);
    expect([...coverage.perYear.values()].reduce((a, b) => a + b, 0)).toBe(coverage.events);
  });
  it('dates the Mérida Initiative, so that it is active on a date in 2015', () => {
    expect(initiatives({ activeOn: '2015-01-01' }).map((i) => i.id)).toContain('merida-initiative');
  });
});
