import { describe, expect, it } from 'vitest';
import type * as z from 'zod/v4';
import { assertSupportedKeywords, unsupportedKeywords } from '../scripts/lib/json-schema-keywords.js';
import { compareCodeUnits } from '../src/core/compare.js';
import { eventJsonSchema } from '../src/generated/json-schemas.js';
import { EventSchema } from '../src/schemas/index.js';
import {
  createTimeline,
  eventsByYear,
  getEvent,
  InvalidArgumentError,
  InvalidDateError,
  InvalidEventsError,
  InvalidRangeError,
  NotFoundError,
  timeline,
} from '../src/index.js';

/** An app's own event, as `createTimeline` validates it: any id. */
type AppEvent = z.infer<typeof EventSchema>;

const sample: AppEvent = {
  id: 'kickoff',
  date: '2025-09',
  kind: 'meeting',
  title: { en: 'Kickoff', es: 'Inicio' },
  summary: { en: 'Team kickoff.', es: 'Inicio del equipo.' },
  domains: ['trade'],
  initiatives: ['usmca'],
  actors: [],
  places: [],
  figures: [],
  sources: [{ source: 'notes' }],
};

describe('timeline()', () => {
  it('returns every event sorted by date then id', () => {
    const all = timeline();
    expect(all.length).toBeGreaterThan(30);
    const keys = all.map((e) => `${e.date}\u0000${e.id}`);
    expect(keys).toEqual([...keys].sort());
  });
  it('overlaps (default) versus within, at mixed precisions', () => {
    const overlapping = timeline({ from: '2025-12-10', to: '2026-01-31' }).map((e) => e.id);
    expect(overlapping).toContain('water-treaty-tariff-threat'); // dated 2025-12
    expect(overlapping).toContain('security-implementation-group-second-meeting');
    const within = timeline({ from: '2025-12-10', to: '2026-01-31', match: 'within' }).map((e) => e.id);
    expect(within).not.toContain('water-treaty-tariff-threat');
    expect(within).toContain('security-implementation-group-second-meeting');
    expect(timeline({ from: '2025-05-31', to: '2025-05-31' }).map((e) => e.id)).toEqual([
      'baja-california-governor-visa-revoked',
    ]);
  });
  it('filters by domain, kind, initiative, actor, place and text, with keys in any language', () => {
    expect(timeline({ kinds: ['transfer'], from: '2025' }).map((e) => e.date)).toEqual([
      '2025-02-27',
      '2025-08-12',
      '2026-01-20',
    ]);
    for (const event of timeline({ kinds: ['transfer'] })) expect(event.kind).toBe('transfer');
    expect(timeline({ initiative: 'T-MEC', kinds: ['signing', 'entry-into-force'] }).map((e) => e.id)).toEqual(
      expect.arrayContaining(['usmca-signed', 'usmca-entry-into-force']),
    );
    for (const event of timeline({ initiative: 'T-MEC' })) expect(event.initiatives).toContain('usmca');
    expect(timeline({ place: 'Texas' }).map((e) => e.id)).toContain('security-implementation-group-first-meeting');
    for (const event of timeline({ place: 'Texas' })) expect(event.places).toContain('us-tx');
    expect(timeline({ actor: 'marco-rubio' }).map((e) => e.id)).toContain('rubio-visit-joint-statement');
    expect(timeline({ text: 'cortafuegos' }).map((e) => e.id)).toContain('mission-firewall-announced');
    expect(timeline({ text: 'CORTAFUEGOS', domains: ['trade'] })).toEqual([]);
    for (const event of timeline({ domains: ['trade', 'development'] })) {
      expect(event.domains.some((d) => d === 'trade' || d === 'development')).toBe(true);
    }
  });
  it('accepts Date bounds as UTC calendar days', () => {
    expect(
      timeline({ from: new Date(Date.UTC(2020, 6, 1, 23, 59)), to: new Date(Date.UTC(2020, 6, 1)) }).map((e) => e.id),
    ).toEqual(['usmca-entry-into-force']);
  });
  it('rejects bad input with the right error', () => {
    expect(() => timeline({ from: '2025-13' })).toThrow(InvalidDateError);
    expect(() => timeline({ from: '2025-02-30' })).toThrow('from must be a YYYY, YYYY-MM or YYYY-MM-DD calendar date');
    expect(() => timeline({ to: '' })).toThrow(InvalidDateError);
    expect(() => timeline({ from: 2025 as never })).toThrow('got 2025');
    expect(() => timeline({ from: '2025', to: '2024' })).toThrow(InvalidRangeError);
    expect(() => timeline({ domains: ['sports'] as never })).toThrow("domains[0] must be one of 'security'");
    expect(() => timeline({ domains: 'trade' as never })).toThrow('domains must be an array; got "trade".');
    expect(() => timeline({ kinds: ['party'] as never })).toThrow(InvalidArgumentError);
    expect(() => timeline({ match: 'inside' as never })).toThrow("match must be one of 'overlaps', 'within'");
    expect(() => timeline({ initiative: 'gatt' })).toThrow(NotFoundError);
    expect(() => timeline({ place: '__proto__' })).toThrow("No place matches '__proto__'.");
  });
});

describe('getEvent and eventsByYear', () => {
  it('finds events by id only', () => {
    expect(getEvent('usmca-entry-into-force')?.date).toBe('2020-07-01');
    expect(getEvent('USMCA-ENTRY-INTO-FORCE')).toBeUndefined();
    expect(getEvent('__proto__')).toBeUndefined();
    expect(() => getEvent(7 as never)).toThrow(InvalidArgumentError);
  });
  it('groups by year in order', () => {
    const years = eventsByYear();
    expect([...years.keys()]).toEqual([...years.keys()].sort((a, b) => a - b));
    expect(years.get(2020)?.map((e) => e.id)).toContain('usmca-entry-into-force');
    for (const [year, events] of years) for (const event of events) expect(event.date.slice(0, 4)).toBe(String(year));
    expect([...years.values()].flat()).toHaveLength(timeline().length);
    expect(eventsByYear([]).size).toBe(0);
    expect(() => eventsByYear('x' as never)).toThrow(InvalidArgumentError);
  });
});

describe('createTimeline()', () => {
  it('queries an app’s own events with ids as written', () => {
    const mine = createTimeline([sample, { ...sample, id: 'later', date: '2026' }]);
    expect(mine.events.map((e) => e.id)).toEqual(['kickoff', 'later']);
    expect(mine.query({ from: '2025-09-15' }).map((e) => e.id)).toEqual(['kickoff', 'later']);
    expect(mine.query({ from: '2025-09-15', match: 'within' }).map((e) => e.id)).toEqual(['later']);
    expect(mine.query({ initiative: 'usmca' }).map((e) => e.id)).toEqual(['kickoff', 'later']);
    expect(mine.query({ initiative: 'T-MEC' })).toEqual([]);
    expect(mine.getEvent('later')?.date).toBe('2026');
  });
  it('holds the app’s own objects, neither copied nor frozen, and indexes them as they were', () => {
    const input = structuredClone(sample);
    const later = { ...structuredClone(sample), id: 'later', date: '2026' };
    const list = [later, input];
    const mine = createTimeline(list);
    expect(mine.events[0]).toBe(input);
    expect(mine.getEvent('later')).toBe(later);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.title)).toBe(false);
    expect(list).toEqual([later, input]);
    // The timeline's own array is frozen and apart from the app's.
    expect(Object.isFrozen(mine.events)).toBe(true);
    list.reverse();
    expect(mine.events.map((e) => e.id)).toEqual(['kickoff', 'later']);
    // Changes show through the objects; the order and the dates queried are those of the build.
    input.title.en = 'changed';
    input.date = '2030';
    expect(mine.getEvent('kickoff')?.title.en).toBe('changed');
    expect(mine.query({ to: '2025-12-31' }).map((e) => e.id)).toEqual(['kickoff']);
  });
  it('lists every bad record in one error', () => {
    const bad = [
      sample,
      { ...sample, id: 'two', date: '2025-02-30' },
      { ...sample, id: 'three', title: { en: 'x', es: '' } },
      { ...sample },
      'nope',
    ];
    try {
      createTimeline(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidEventsError);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidEventsError).problems).toEqual([
        { index: 1, id: 'two', path: 'date', message: 'is not a real calendar date' },
        { index: 2, id: 'three', path: 'title.es', message: 'must not be empty' },
        { index: 3, id: 'kickoff', path: 'id', message: "repeats the id 'kickoff'" },
        { index: 4, path: '', message: 'must be an object, got string' },
      ]);
      expect((error as Error).message).toMatch(
        /^4 problem\(s\) in the events given to createTimeline:\n {2}events\[1\] \(two\) date: is not a real calendar date/,
      );
    }
    expect(() => createTimeline([{ ...sample, extra: true }])).toThrow(
      'events[0] (kickoff) extra: is not a known field',
    );
    expect(() => createTimeline([{ ...sample, sources: [] }])).toThrow('sources: must have at least 1 item(s)');
    expect(() => createTimeline('x' as never)).toThrow('events must be an array; got "x".');
    // A hole in a sparse array is a missing record, not a crash.
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(() => createTimeline([, sample])).toThrow('events[0] (record): must be an object, got undefined');
  });
  it('reports repeated ids exactly, also when two different ids share a hash', () => {
    // 'c-308475' and 'c-1293310' have the same 32-bit FNV-1a hash, which createTimeline compares first.
    const colliding = [
      { ...sample, id: 'c-308475' },
      { ...sample, id: 'c-1293310' },
    ];
    expect(createTimeline(colliding).events.map((e) => e.id)).toEqual(['c-1293310', 'c-308475']);
    try {
      createTimeline([...colliding, { ...sample, id: 'c-308475', date: 'soon' }]);
      expect.unreachable();
    } catch (error) {
      // The record's schema problem comes before its repeat.
      expect((error as InvalidEventsError).problems).toEqual([
        expect.objectContaining({ index: 2, id: 'c-308475', path: 'date' }),
        { index: 2, id: 'c-308475', path: 'id', message: "repeats the id 'c-308475'" },
      ]);
    }
  });
  it('reports a million repeats in one error, with a clear message (no stack overflow)', () => {
    const error = (() => {
      try {
        createTimeline(Array.from({ length: 1_000_000 }, () => sample));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidEventsError);
    expect((error as InvalidEventsError).problems).toHaveLength(999_999);
    expect((error as Error).message).toMatch(/^999999 problem\(s\) in the events given to createTimeline:\n/);
    expect((error as Error).message).toContain('  …and 999989 more');
  });
  it('keeps optional fields, and checks records whose objects are not plain the slow way', () => {
    const full = {
      ...sample,
      note: 'A note.',
      spanish: 'package',
      sources: [{ source: 'my-notes', quote: 'Said so.', note: 'Read so.' }],
    };
    expect(createTimeline([full]).events[0]).toBe(full);
    // Fields on a prototype are not the record's own: the same problems as the generic check finds.
    expect(() => createTimeline([Object.create(sample)])).toThrow('events[0] (kickoff) id: is required');
    const withClassTitle = { ...sample, title: Object.assign(Object.create({ extra: 1 }), sample.title) };
    expect(createTimeline([withClassTitle]).events[0]).toBe(withClassTitle);
  });
  it('orders long runs of one date by id, also ids that share their first characters', () => {
    // Runs longer than 16 are sorted on the ids' first characters, then by whole ids where those are the same.
    const ids = ['b', 'a-1', 'a', 'a0', 'aaaaaaaaaz', 'aaaaaaaaa', 'aaaaaaaab', 'z9', '9', '0-0', '0'];
    const many = Array.from({ length: 300 }, (_, i) => `same-prefix-${(i * 7919) % 300}`);
    const all = [...ids, ...many, ...ids.map((id) => `${id}-x`)];
    const mine = createTimeline(all.map((id) => ({ ...sample, id, date: '2025' })));
    expect(mine.events.map((e) => e.id)).toEqual([...all].sort(compareCodeUnits));
  });
  it('holds the Event schema’s ids to slugs, which the index ranks by their first characters', () => {
    // event-index.ts ranks id characters among the end of the id, '-', '0'–'9' and 'a'–'z' only.
    expect((eventJsonSchema as { properties: { id: unknown } }).properties.id).toMatchObject({
      type: 'string',
      pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    });
  });
});

describe("createTimeline's validator", () => {
  it('checks every keyword of the Event schema, and the generator refuses one it would ignore', () => {
    expect(unsupportedKeywords(eventJsonSchema)).toEqual([]);
    expect(unsupportedKeywords({ type: 'string', maxLength: 1 })).toEqual(["#/maxLength (keyword 'maxLength')"]);
    expect(
      unsupportedKeywords({ type: 'object', properties: { a: { anyOf: [{ type: 'string' }] } } }).join(' '),
    ).toContain("#/properties/a/anyOf (keyword 'anyOf')");
    expect(unsupportedKeywords({ type: 'string', format: 'email' })).toEqual(["#/format ('email')"]);
    expect(() => assertSupportedKeywords({ items: { exclusiveMinimum: 0 } }, 'Toy')).toThrow(
      "Toy uses JSON Schema that checkJsonSchema (src/core/json-schema-check.ts) would ignore: #/items/exclusiveMinimum (keyword 'exclusiveMinimum')",
    );
  });
  it.each([
    ['an empty title', { title: { en: 'x', es: ' ' } }],
    ['a bad id', { id: 'Not An Id' }],
    ['a malformed date', { date: '2025/09' }],
    ['an impossible date', { date: '2025-02-30' }],
    ['a bad initiative id', { initiatives: ['USMCA'] }],
  ])('says what the zod schema says for %s', (_, change) => {
    const zodIssues = EventSchema.safeParse({ ...sample, ...change }).error?.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    expect(zodIssues?.length).toBeGreaterThan(0);
    try {
      createTimeline([{ ...sample, ...change }]);
      expect.unreachable();
    } catch (error) {
      const problems = (error as InvalidEventsError).problems.map(({ path, message }) => ({ path, message }));
      expect(problems).toEqual(zodIssues);
    }
  });
});
