import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daysInMonth, parsePartialDate, partialDateSpan } from '../src/core/partial-date.js';

describe('calendar arithmetic', () => {
  it('dayNumber agrees with Date.UTC for every day from year 1 to 9999', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const expected = Math.floor(date.getTime() / 86_400_000);
          expect(dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2000, 3, 1) - dayNumber(2000, 2, 28)).toBe(2);
    expect(dayNumber(1900, 3, 1) - dayNumber(1900, 2, 28)).toBe(1);
  });
  it('parsePartialDate accepts exactly the real calendar dates of the three shapes', () => {
    const reference = (text: string): boolean => {
      const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
      if (!match || Number(match[1]) < 1) return false;
      const [year, month = 1, day = 1] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
      const date = new Date(Date.UTC(2000, month - 1, day));
      date.setUTCFullYear(year);
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789-x'), maxLength: 11 }), (text) => {
        expect(parsePartialDate(text) !== undefined).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(parsePartialDate(text) !== undefined).toBe(reference(text));
        },
      ),
      { numRuns: 5000 },
    );
  });
  it('daysInMonth knows leap years', () => {
    expect([2023, 2024, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2025, i + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
  it('spans cover the days of their precision', () => {
    const span = (text: string) => partialDateSpan(parsePartialDate(text)!);
    expect(span('2024').last - span('2024').first).toBe(365);
    expect(span('2025').last - span('2025').first).toBe(364);
    expect(span('2024-02').last - span('2024-02').first).toBe(28);
    expect(span('2024-02-29').last).toBe(span('2024-02-29').first);
    expect(parsePartialDate('2024-02-30')).toBeUndefined();
    expect(parsePartialDate('0000')).toBeUndefined();
  });
});
