import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvCell, csvField, csvText } from '../src/core/csv.js';

/** How a cell reads back: lists joined with `;`, a missing value empty. */
const asText = (cell: CsvCell) => (cell === undefined ? '' : typeof cell === 'object' ? cell.join(';') : String(cell));

describe('the CSV writer (RFC 4180)', () => {
  it('round-trips any text through a real CSV parser', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', ';', 'é', '\t') }),
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(undefined),
      fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"') }), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const text = csvText(['a', 'b'], rows);
        const parsed = parse(text, { relax_column_count: false }) as string[][];
        expect(parsed).toEqual([['a', 'b'], ...rows.map((row) => row.map(asText))]);
      }),
    );
  });
  it('quotes only what must be quoted, and keeps leading and trailing space', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\r')).toBe('"line\r"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField(['usmca', 'nafta'])).toBe('usmca;nafta');
    expect(csvField(undefined)).toBe('');
    expect(csvText(['x'], [[1], [true]])).toBe('x\n1\ntrue\n');
  });
});
