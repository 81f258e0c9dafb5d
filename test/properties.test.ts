import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/v4';
import { createTimeline, type InvalidEventsError, search, tradeSeries, tradeTotal, tradeYears } from '../src/index.js';
import type { EventSchema } from '../src/schemas/index.js';
import { checkJsonSchema, type JsonSchema } from '../src/core/json-schema-check.js';
import { formatPartialDateParts, partialDateSpan, type PartialDateParts } from '../src/core/partial-date.js';
import { compareEvents } from '../src/timeline/event-index.js';
import { eventJsonSchema } from '../src/generated/json-schemas.js';
import { stripAccents } from '../src/core/fold.js';

const partialDate = fc
  .record({
    year: fc.integer({ min: 1990, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(
    ({ year, month, day, precision }): PartialDateParts =>
      precision === 'year'
        ? { year, precision }
        : precision === 'month'
          ? { year, month, precision }
          : { year, month, day, precision },
  );

function eventAt(parts: PartialDateParts, index: number): z.infer<typeof EventSchema> {
  const text = { en: `Event ${index}`, es: `Evento ${index}` };
  return {
    id: `event-${index}`,
    date: formatPartialDateParts(parts),
    kind: 'meeting',
    title: text,
    summary: text,
    domains: ['security'],
    initiatives: [],
    actors: [],
    places: [],
    figures: [],
    sources: [{ source: 'test' }],
  };
}

describe('createTimeline range queries equal a plain filter', () => {
  it('for random events, precisions and windows, both match modes', () => {
    fc.assert(
      fc.property(
        fc.array(partialDate, { maxLength: 60 }),
        partialDate,
        partialDate,
        fc.constantFrom('overlaps', 'within'),
        (dates, a, b, match) => {
          const events = dates.map(eventAt);
          const [from, to] = partialDateSpan(a).first <= partialDateSpan(b).last ? [a, b] : [b, a];
          if (partialDateSpan(from).first > partialDateSpan(to).last) return;
          const range = { first: partialDateSpan(from).first, last: partialDateSpan(to).last };
          const expected = events
            .filter((e) => {
              const span = partialDateSpan(dates[Number(e.id.slice(6))] as PartialDateParts);
              return match === 'within'
                ? span.first >= range.first && span.last <= range.last
                : span.last >= range.first && span.first <= range.last;
            })
            .map((e) => e.id)
            .sort();
          const actual = createTimeline(events).query({
            from: formatPartialDateParts(from),
            to: formatPartialDateParts(to),
            match,
          });
          expect(actual.map((e) => e.id).sort()).toEqual(expected);
          // And the result is in date-then-id order.
          const keys = actual.map((e) => `${e.date}\u0000${e.id}`);
          expect(keys).toEqual([...keys].sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Asserts that createTimeline orders the events as the date-then-id comparator does. */
function expectCanonicalOrder(events: readonly z.infer<typeof EventSchema>[]): void {
  const expected = [...events].sort((a, b) => compareEvents(a as never, b as never)).map((e) => e.id);
  expect(createTimeline(events).events.map((e) => e.id)).toEqual(expected);
}

describe('createTimeline order and validation', () => {
  it('orders events as the date-then-id comparator does, with many on one date and every precision', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(partialDate, fc.integer({ min: 0, max: 40 })), { maxLength: 80 }), (entries) => {
        expectCanonicalOrder(entries.map(([date], i) => ({ ...eventAt(date, i), id: `e-${entries[i]?.[1]}-${i}` })));
      }),
      { numRuns: 300 },
    );
  });
  it('orders long runs of one date as the comparator does, for slug ids that share their first characters', () => {
    // Runs longer than 16 are sorted on the ids' first characters, then by whole ids where those are the same.
    const dates: PartialDateParts[] = [
      { year: 2020, precision: 'year' },
      { year: 2020, month: 5, precision: 'month' },
    ];
    const slug = fc.stringMatching(/^[ab09z]{1,9}(?:-[ab09z]{1,3})?$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...dates), slug), { minLength: 17, maxLength: 400 }), (entries) => {
        expectCanonicalOrder(entries.map(([date, id], i) => ({ ...eventAt(date, i), id: `${id}-${i}` })));
      }),
      { numRuns: 100 },
    );
  });
  it('accepts exactly the events that the generic JSON Schema check accepts, and reports its problems', () => {
    const base = eventAt({ year: 2020, month: 2, precision: 'month' }, 1);
    const fields = [...Object.keys(base), 'note', 'spanish', 'extra'];
    const anyValue = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('2024-02-29', '2023-02-29', '2020', 'meeting', 'official', 'x', ' ', 'a-b', 'A'),
      fc.constantFrom([], ['trade'], ['nope'], [{ source: 'x' }], [{ source: 'x', quote: '' }], { en: 'a', es: 'b' }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...fields), fc.option(anyValue)), { maxLength: 3 }), (edits) => {
        const event: Record<string, unknown> = { ...base };
        for (const [field, value] of edits) {
          if (value === null) delete event[field];
          else event[field] = value;
        }
        const problems = checkJsonSchema(eventJsonSchema as JsonSchema, event);
        let reported: readonly { path: string; message: string }[] = [];
        try {
          createTimeline([event]);
        } catch (error) {
          reported = (error as InvalidEventsError).problems.map(({ path, message }) => ({ path, message }));
        }
        expect(reported).toEqual(problems);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('trade sums', () => {
  it('any window of tradeSeries sums to the sum of tradeTotal over its years', () => {
    const years = tradeYears().map((y) => y.year);
    fc.assert(
      fc.property(fc.constantFrom(...years), fc.constantFrom(...years), (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const rows = tradeSeries({ from, to });
        expect(rows).toHaveLength(to - from + 1);
        let expected = 0;
        for (let year = from; year <= to; year++) expected += tradeTotal(year);
        expect(rows.reduce((sum, row) => sum + row.totalUsd, 0)).toBe(expected);
        for (const row of rows) expect(row.totalUsd).toBe(row.exportsUsd + row.importsUsd);
      }),
    );
  });
});

describe('search', () => {
  it('never throws on arbitrary strings and honours the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 20 }), (text, limit) => {
        const hits = search(text, { limit });
        expect(hits.length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 500 },
    );
  });
});

describe('stripAccents', () => {
  it('folds any text as Unicode normalization does, ASCII shortcut or not', () => {
    const slow = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
    const text = fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }), fc.string());
    fc.assert(
      fc.property(text, (value) => stripAccents(value) === slow(value)),
      { numRuns: 5_000 },
    );
  });
});
