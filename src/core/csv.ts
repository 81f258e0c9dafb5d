/**
 * The one CSV writer (RFC 4180), for the CLI's `--format csv` and the shipped dist/csv files. Lines end with LF
 * rather than CRLF, which RFC 4180 parsers accept and Unix tools prefer.
 */

/** A CSV value: lists are joined with `;`, a missing value is an empty field. */
export type CsvCell = string | number | boolean | readonly string[] | undefined;

// A field is quoted when it holds a quote, a separator or a line break, or when leading or trailing space would
// otherwise be trimmed by some readers.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field, quoted when it must be. */
export function csvField(cell: CsvCell): string {
  const text = cell === undefined ? '' : typeof cell === 'object' ? cell.join(';') : String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header line and one line per row, each ending with a newline. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((cells) => `${cells.map(csvField).join(',')}\n`).join('');
}
