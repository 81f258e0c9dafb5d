/**
 * The four output formats: a table as wide as the terminal for people, and json, csv and ndjson for scripts.
 */
import { type CsvCell, csvText } from '../core/csv.js';

/** The formats every command can print. */
export const FORMATS = ['table', 'json', 'csv', 'ndjson'] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

/** The width of a table when nothing says otherwise (output piped, no `COLUMNS`, no `--width`). */
export const SCREEN_WIDTH = 80;
/** The narrowest width `--width` accepts. */
export const MIN_WIDTH = 40;
const GAP = '  ';
const MIN_COLUMN = 6;

/** How a table is drawn: headings in bold on a colour terminal, lines at most `width` columns. */
export interface Style {
  readonly heading: (text: string) => string;
  readonly width: number;
}

/**
 * The style for a stream: bold headings only when it is a TTY and `NO_COLOR` is unset or empty (no-color.org).
 */
export function styleFor(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
  width: number = SCREEN_WIDTH,
): Style {
  const colour = stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
  return { heading: colour ? (text) => `\u001b[1m${text}\u001b[22m` : (text) => text, width };
}

/** A csv value: lists are joined with `;`, a missing value is empty. */
export type Cell = CsvCell;

/** Rows for csv output, flat, with their header. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** One csv column: its name and how to read it from a record. */
export interface CsvField<T> {
  readonly name: string;
  readonly value: (record: T) => Cell;
}

/** What a command prints, in every format. */
export interface Report {
  /** Printed as is by `json`; by `ndjson` one line per element (the value itself when it is not an array). */
  readonly data: unknown;
  /** The `ndjson` lines, when they are not the elements of `data`. */
  readonly lines?: readonly unknown[];
  /** The csv rows, made only when csv is asked for (they can cost as much as the table). */
  readonly csv: () => CsvTable;
  /** The lines of the table format, at most `style.width` wide. */
  readonly table: (style: Style) => readonly string[];
}

/** Flattens records into csv rows, one per record. */
export function csvTable<T>(records: readonly T[], fields: readonly CsvField<T>[]): CsvTable {
  return { header: fields.map((f) => f.name), rows: records.map((record) => fields.map((f) => f.value(record))) };
}

/** A report over a list of records: json and ndjson print the records, csv flattens them with `fields`. */
export function listReport<T>(
  records: readonly T[],
  fields: readonly CsvField<T>[],
  table: (style: Style) => readonly string[],
): Report {
  return { data: records, csv: () => csvTable(records, fields), table };
}

/** Renders a report in a format, ending with a newline (nothing at all for an empty ndjson or csv body). */
export function render(report: Report, format: Format, style: Style): string {
  if (format === 'csv') {
    const { header, rows } = report.csv();
    return csvText(header, rows);
  }
  const lines = {
    json: () => [JSON.stringify(report.data, null, 2)],
    ndjson: () =>
      (report.lines ?? (Array.isArray(report.data) ? report.data : [report.data])).map((item) => JSON.stringify(item)),
    table: () => report.table(style),
  }[format]();
  return lines.map((line) => `${line}\n`).join('');
}

/** Text made safe for one table cell: composed characters, no line breaks or tabs. */
function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Shortens text to `width` characters, ending it with `…` when it was cut. */
function truncate(text: string, width: number): string {
  if (text.length <= width) return text;
  let kept = '';
  for (const char of text) {
    if (kept.length + char.length > width - 1) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * Breaks text into lines of at most `width` characters at spaces. A word longer than that gets a line of its own,
 * however long, unless `split` (for prose, never for ids and URLs): then it is cut into pieces of `width`.
 */
export function wrapText(text: string, width: number, split = false): string[] {
  const room = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const whole of clean(text).split(' ')) {
    let word = whole;
    while (split && word.length > room) {
      if (line !== '') lines.push(line);
      lines.push(word.slice(0, room));
      word = word.slice(room);
      line = '';
    }
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= room) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  return [...lines, line];
}

/** The length of the longest word of a text: the narrowest a wrapping column can be without splitting one. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(' ').map((word) => word.length));
}

/** A table column. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string;
  readonly align?: 'left' | 'right';
  /** Gives up width first when the table is too wide, and takes the spare width when the table fills the line. */
  readonly flex?: boolean;
  /** Wraps long text onto more lines instead of cutting it with `…` (a word longer than the column is split). */
  readonly wrap?: boolean;
  /**
   * Never cut ids and other values a reader copies: the column keeps its natural width, or, when it wraps, the
   * width of its longest word, which is never split.
   */
  readonly keep?: boolean;
  /** The most width the column takes. */
  readonly max?: number;
  /** A fixed width, so that columns line up across tables. */
  readonly width?: number;
}

/** Options of `renderTable`. */
export interface TableOptions {
  readonly style: Style;
  /** Print the header row; default true. */
  readonly header?: boolean;
  /** Spaces before every line; default 0. */
  readonly indent?: number;
  /** Widen the first flexible column so that the table spans the whole line. */
  readonly fill?: boolean;
}

function columnWidths<T>(columns: readonly Column<T>[], cells: readonly string[][], options: TableOptions): number[] {
  const widths = columns.map((column, i) => {
    if (column.width !== undefined) return column.width;
    const natural = Math.max(
      options.header === false ? 0 : column.header.length,
      ...cells.map((row) => (row[i] ?? '').length),
    );
    return Math.min(column.max ?? natural, natural);
  });
  // The narrowest each column may get: a kept column its natural width, a wrapping one its longest word.
  const floors = columns.map((column, i) => {
    if (column.width !== undefined) return column.width;
    if (column.keep !== true) return Math.min(MIN_COLUMN, widths[i] ?? 0);
    if (column.wrap === true) return Math.max(MIN_COLUMN, ...cells.map((row) => longestWord(row[i] ?? '')));
    return widths[i] ?? 0;
  });
  const available = options.style.width - (options.indent ?? 0) - GAP.length * (columns.length - 1);
  const width = (i: number) => widths[i] ?? 0;
  let excess = widths.reduce((sum, w) => sum + w, 0) - available;
  while (excess > 0) {
    const shrinkable = columns.flatMap((_, i) => (width(i) > (floors[i] ?? MIN_COLUMN) ? [i] : []));
    const flexible = shrinkable.filter((i) => columns[i]?.flex === true);
    const pool = flexible.length > 0 ? flexible : shrinkable;
    const widest = pool.reduce<number | undefined>(
      (best, i) => (best === undefined || width(i) > width(best) ? i : best),
      undefined,
    );
    if (widest === undefined) break;
    widths[widest] = width(widest) - 1;
    excess -= 1;
  }
  const filler = columns.findIndex((column) => column.flex === true);
  if (options.fill === true && excess < 0 && filler !== -1) widths[filler] = width(filler) - excess;
  return widths;
}

function joinCells(
  parts: readonly string[],
  widths: readonly number[],
  columns: readonly Column<unknown>[],
  indent: number,
): string {
  const padded = parts.map((part, i) =>
    columns[i]?.align === 'right' ? part.padStart(widths[i] ?? 0) : part.padEnd(widths[i] ?? 0),
  );
  return `${' '.repeat(indent)}${padded.join(GAP)}`.trimEnd();
}

/**
 * Lays rows out as a table no wider than `style.width`: columns shrink (flexible ones first) and long cells are
 * cut with `…` or, in wrapping columns, continue on the next lines. Kept columns and words are never cut, so a
 * table of long ids on a narrow screen may overflow rather than lose them.
 */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], options: TableOptions): string[] {
  const cells = rows.map((row) => columns.map((column) => clean(column.value(row))));
  const widths = columnWidths(columns, cells, options);
  const indent = options.indent ?? 0;
  const untyped = columns as readonly Column<unknown>[];
  const lines: string[] = [];
  if (options.header !== false) {
    const header = joinCells(
      columns.map((c, i) => truncate(c.header, widths[i] ?? 0)),
      widths,
      untyped,
      indent,
    );
    lines.push(`${' '.repeat(indent)}${options.style.heading(header.slice(indent))}`);
  }
  for (const row of cells) {
    const parts = row.map((cell, i) =>
      columns[i]?.wrap === true
        ? wrapText(cell, widths[i] ?? 0, columns[i]?.keep !== true)
        : [columns[i]?.keep === true ? cell : truncate(cell, widths[i] ?? 0)],
    );
    const height = Math.max(...parts.map((p) => p.length));
    for (let line = 0; line < height; line++)
      lines.push(
        joinCells(
          parts.map((p) => p[line] ?? ''),
          widths,
          untyped,
          indent,
        ),
      );
  }
  return lines;
}

/** Puts `right` at the end of a line of `width` that starts with `left`; both on their own lines when they do not fit. */
export function spread(left: string, right: string, width: number): string[] {
  const gap = width - left.length - right.length;
  return gap >= 2 ? [`${left}${' '.repeat(gap)}${right}`] : [left, right];
}
