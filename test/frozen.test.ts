import { describe, expect, it } from 'vitest';
import {
  comments,
  datasets,
  getFigure,
  getInitiative,
  getPlace,
  mexicanStates,
  requireActor,
  stanceSummary,
  timeline,
  tradeSeries,
  tradeYears,
} from '../src/index.js';

// Test files are ES modules, so they run in strict mode: writing to a frozen object throws a TypeError.
describe('shared data cannot be mutated', () => {
  it('records and their nested objects and arrays are frozen', () => {
    const usmca = getInitiative('usmca')!;
    expect(() => ((usmca as { id: string }).id = 'x')).toThrow(TypeError);
    expect(() => ((usmca.name as { en: string }).en = 'x')).toThrow(TypeError);
    expect(() => (usmca.acronyms.es as string[]).push('X')).toThrow(TypeError);
    expect(() => ((tradeYears()[0] as { exportsUsd: number }).exportsUsd = 0)).toThrow(TypeError);
    expect(() => (tradeYears() as unknown[]).pop()).toThrow(TypeError);
    expect(() => ((getFigure('visa-revocations-2025')!.quantity as { value: number }).value = 5)).toThrow(TypeError);
    expect(() => ((comments()[0]!.stance as { value: string }).value = 'supportive')).toThrow(TypeError);
    expect(() => ((requireActor('marco-rubio').offices[0] as { to?: string }).to = '2025-02')).toThrow(TypeError);
    expect(() => ((getPlace('mx-cmx') as { onUsMexicoBorder: boolean }).onUsMexicoBorder = true)).toThrow(TypeError);
    expect(() => ((datasets[0] as { count: number }).count = 0)).toThrow(TypeError);
    expect(() => delete (usmca as { note?: string }).note).toThrow(TypeError);
  });
  it('arrays and objects returned by functions are the caller’s own', () => {
    const first = timeline();
    first.length = 0;
    expect(timeline().length).toBeGreaterThan(0);
    const summary = stanceSummary();
    summary.critical = 99;
    expect(stanceSummary().critical).toBe(1);
    const rows = tradeSeries();
    (rows[0] as { totalUsd: number }).totalUsd = 0;
    expect(tradeSeries()[0]!.totalUsd).toBeGreaterThan(0);
    const states = mexicanStates();
    states.reverse();
    expect(mexicanStates()[0]?.inegi).toBe('01');
  });
});
