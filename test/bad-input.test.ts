import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const { CoverageError, InvalidArgumentError, InvalidDateError, InvalidRangeError, NotFoundError } = api;
type ErrorClass = new (...args: never[]) => Error;

// [call, error class, message fragment]; every function, every kind of bad input the issue names.
const table: [string, () => unknown, ErrorClass, string][] = [
  ['tradeTotal(NaN)', () => api.tradeTotal(Number.NaN), InvalidArgumentError, 'year must be a whole number; got NaN'],
  ['tradeTotal(Infinity)', () => api.tradeTotal(Number.POSITIVE_INFINITY), InvalidArgumentError, 'got Infinity'],
  ['tradeTotal(1.5)', () => api.tradeTotal(1.5), InvalidArgumentError, 'got 1.5'],
  [
    'tradeTotal(-2023)',
    () => api.tradeTotal(-2023),
    CoverageError,
    'year -2023 is outside the goods-trade series, which covers 1985–2025',
  ],
  ["tradeTotal('2023')", () => api.tradeTotal('2023' as never), InvalidArgumentError, 'got "2023"'],
  ['tradeBalance(2026)', () => api.tradeBalance(2026), CoverageError, 'covers 1985–2025'],
  ['tradeExports(NaN)', () => api.tradeExports(Number.NaN), InvalidArgumentError, 'whole number'],
  ['tradeImports(1984)', () => api.tradeImports(1984), CoverageError, '1984'],
  ['getTradeYear(1.5)', () => api.getTradeYear(1.5), InvalidArgumentError, 'whole number'],
  [
    'tradeSeries reversed',
    () => api.tradeSeries({ from: 2020, to: 2019 }),
    InvalidRangeError,
    'from (2020) is after to (2019)',
  ],
  [
    'tradeSeries(Infinity)',
    () => api.tradeSeries({ to: Number.POSITIVE_INFINITY }),
    InvalidArgumentError,
    'to must be a whole number',
  ],
  [
    'tradeChange reversed',
    () => api.tradeChange(2024, 2023),
    InvalidRangeError,
    'fromYear (2024) is after toYear (2023)',
  ],
  [
    'tradeChange(NaN)',
    () => api.tradeChange(Number.NaN, 2023),
    InvalidArgumentError,
    'fromYear must be a whole number',
  ],
  [
    "tradeMonths('2025-13')",
    () => api.tradeMonths({ from: '2025-13' }),
    InvalidDateError,
    'from must be a YYYY, YYYY-MM or YYYY-MM-DD',
  ],
  ["tradeMonths('2025-02-30')", () => api.tradeMonths({ to: '2025-02-30' }), InvalidDateError, 'got "2025-02-30"'],
  ['tradeMonths reversed', () => api.tradeMonths({ from: '2025-03', to: '2025-02' }), InvalidRangeError, 'is after to'],
  ['mexicoRank(1.5)', () => api.mexicoRank(1.5), InvalidArgumentError, 'year must be a whole number'],
  ["timeline('')", () => api.timeline({ from: '' }), InvalidDateError, 'got ""'],
  ["timeline('2025-13')", () => api.timeline({ to: '2025-13' }), InvalidDateError, 'to must be'],
  [
    'timeline reversed',
    () => api.timeline({ from: '2025-02', to: '2025-01-31' }),
    InvalidRangeError,
    'from (2025-02) is after to (2025-01-31)',
  ],
  [
    "timeline('__proto__' initiative)",
    () => api.timeline({ initiative: '__proto__' }),
    NotFoundError,
    "No initiative matches '__proto__'",
  ],
  ['timeline(NaN date)', () => api.timeline({ from: Number.NaN as never }), InvalidDateError, 'got NaN'],
  ['getEvent(NaN)', () => api.getEvent(Number.NaN as never), InvalidArgumentError, 'id must be a string; got NaN'],
  ['eventsByYear(object)', () => api.eventsByYear({} as never), InvalidArgumentError, 'events must be an array'],
  [
    'createTimeline(null)',
    () => api.createTimeline(null as never),
    InvalidArgumentError,
    'events must be an array; got null',
  ],
  [
    'createTimeline bad date',
    () => api.createTimeline([{ id: 'x', date: '2025-02-30' }]),
    api.InvalidEventsError,
    'events[0] (x) date: is not a real calendar date',
  ],
  [
    "requireInitiative('__proto__')",
    () => api.requireInitiative('__proto__'),
    NotFoundError,
    "No initiative matches '__proto__'",
  ],
  ["requireInitiative('')", () => api.requireInitiative(''), NotFoundError, "No initiative matches ''"],
  [
    'getInitiative(NaN)',
    () => api.getInitiative(Number.NaN as never),
    InvalidArgumentError,
    'key must be a string; got NaN',
  ],
  ["initiatives('2025-13')", () => api.initiatives({ activeOn: '2025-13' }), InvalidDateError, 'activeOn must be'],
  ["initiativeLineage('constructor')", () => api.initiativeLineage('constructor'), NotFoundError, "'constructor'"],
  [
    'initiativeChildren(1.5)',
    () => api.initiativeChildren(1.5 as never),
    InvalidArgumentError,
    'key must be a string; got 1.5',
  ],
  ["initiativeEvents('')", () => api.initiativeEvents(''), NotFoundError, "No initiative matches ''"],
  [
    "initiativeComponents(kind '')",
    () => api.initiativeComponents('hled', '' as never),
    InvalidArgumentError,
    "kind must be one of 'pillar'",
  ],
  ["requireActor('__proto__')", () => api.requireActor('__proto__'), NotFoundError, "No actor matches '__proto__'"],
  ['actors(country 5)', () => api.actors({ country: 5 as never }), InvalidArgumentError, 'country must be a string'],
  [
    "officeHolder('2025-02-30')",
    () => api.officeHolder('president-of-mexico', '2025-02-30'),
    InvalidDateError,
    'date must be',
  ],
  [
    "officeHolder('__proto__')",
    () => api.officeHolder('__proto__' as never, '2025'),
    NotFoundError,
    "No role matches '__proto__'",
  ],
  ["requirePlace('__proto__')", () => api.requirePlace('__proto__'), NotFoundError, "No place matches '__proto__'"],
  ['getPlace(Infinity)', () => api.getPlace(Number.POSITIVE_INFINITY as never), InvalidArgumentError, 'got Infinity'],
  ["borderStates('MX')", () => api.borderStates('MX' as never), InvalidArgumentError, 'options must be an object'],
  ['getFigure(-1)', () => api.getFigure(-1 as never), InvalidArgumentError, 'id must be a string; got -1'],
  ["figures('2025-13')", () => api.figures({ from: '2025-13' }), InvalidDateError, 'from must be'],
  ['figures reversed', () => api.figures({ from: '2025', to: '2024' }), InvalidRangeError, 'is after'],
  ['getSource(NaN)', () => api.getSource(Number.NaN as never), InvalidArgumentError, 'got NaN'],
  ["sourcesFor('__proto__')", () => api.sourcesFor('__proto__'), NotFoundError, "No record matches '__proto__'"],
  ['sourcesFor(1.5)', () => api.sourcesFor(1.5), InvalidArgumentError, 'year must be a whole number'],
  ["cite('')", () => api.cite(''), NotFoundError, "No record matches ''"],
  [
    "cite(lang 'fr')",
    () => api.cite('usmca', { lang: 'fr' as never }),
    InvalidArgumentError,
    "lang must be 'en', 'es' or a BCP-47 tag for either (such as 'es-MX'); got \"fr\".",
  ],
  ['search(NaN)', () => api.search(Number.NaN as never), InvalidArgumentError, 'text must be a string; got NaN'],
  ['search(limit -1)', () => api.search('x', { limit: -1 }), InvalidArgumentError, 'limit must be at least 1; got -1'],
  [
    'search(limit Infinity)',
    () => api.search('x', { limit: Number.POSITIVE_INFINITY }),
    InvalidArgumentError,
    'limit must be a whole number',
  ],
  ["formatPartialDate('')", () => api.formatPartialDate(''), InvalidDateError, 'date must be'],
  ["formatPartialDate('2025-13')", () => api.formatPartialDate('2025-13'), InvalidDateError, 'got "2025-13"'],
  [
    'formatQuantity(Infinity)',
    () => api.formatQuantity({ value: Number.POSITIVE_INFINITY, unit: 'usd', qualifier: 'exact' }),
    InvalidArgumentError,
    'quantity.value must be a finite number; got Infinity.',
  ],
  [
    "localize(lang '')",
    () => api.localize({}, '' as never),
    InvalidArgumentError,
    "lang must be 'en', 'es' or a BCP-47 tag for either (such as 'es-MX'); got \"\".",
  ],
];

describe('bad input gets the documented error, never a silent answer', () => {
  it.each(table)('%s', (_, call, errorClass, fragment) => {
    expect(call).toThrow(errorClass);
    expect(call).toThrow(fragment);
  });
  it('every error has a stable code and a name', () => {
    const errors = table.map(([, call]) => {
      try {
        call();
      } catch (error) {
        return error as Error & { code?: string };
      }
      return undefined;
    });
    for (const error of errors) {
      expect(error?.code).toMatch(/^(NOT_FOUND|OUT_OF_COVERAGE|INVALID_DATE|INVALID_ARGUMENT|INVALID_RANGE)$/);
      expect(error?.name).toBe(error?.constructor.name);
    }
  });
  it('errors carry their fields as own enumerable properties, in one order, so that logging them as JSON shows all', () => {
    const notFound = new NotFoundError('place', 'Nuevo Leon', ['Nuevo León']);
    expect(Object.keys(notFound)).toEqual(['kind', 'key', 'suggestions', 'name', 'code']);
    expect(JSON.parse(JSON.stringify(new CoverageError('outside', { from: 1985, to: 2025 })))).toEqual({
      covered: { from: 1985, to: 2025 },
      name: 'CoverageError',
      code: 'OUT_OF_COVERAGE',
    });
    expect(Object.keys(new InvalidDateError('from', 'x'))).toEqual(['argument', 'input', 'name', 'code']);
    expect(Object.keys(new InvalidRangeError('from after to'))).toEqual(['name', 'code']);
  });
  it('unknown keys give undefined from get* functions', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', '', 'hasOwnProperty']) {
      expect(api.getInitiative(key)).toBeUndefined();
      expect(api.getActor(key)).toBeUndefined();
      expect(api.getPlace(key)).toBeUndefined();
      expect(api.getEvent(key)).toBeUndefined();
      expect(api.getFigure(key)).toBeUndefined();
      expect(api.getSource(key)).toBeUndefined();
    }
  });
});
