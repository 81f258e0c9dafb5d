/**
 * The four output formats: an 80-column table for people, and json, csv and ndjson for scripts.
 */
import { type CsvCell, csvText } from '../core/csv.js';

/** The formats every command can print. */
export const FORMATS = ['table', 'json', 'csv', 'ndjson'] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

/** The widest a table line may be. */
export const SCREEN_WIDTH = 80;
const GAP = '  ';
const MIN_COLUMN = 6;

/** How headings are drawn: in bold on a colour terminal, as plain text elsewhere. */
export interface Style {
  readonly heading: (text: string) => string;
}

/**
 * The style for a stream: bold headings only when it is a TTY and `NO_COLOR` is unset or empty (no-color.org).
 */
export function styleFor(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): Style {
  const colour = stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
  return { heading: colour ? (text) => `\u001b[1m${text}\u001b[22m` : (text) => text };
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
  readonly csv: CsvTable;
  /** The lines of the table format, at most `SCREEN_WIDTH` wide. */
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
  return { data: records, csv: csvTable(records, fields), table };
}

/** Renders a report in a format, ending with a newline (nothing at all for an empty ndjson or csv body). */
export function render(report: Report, format: Format, style: Style): string {
  if (format === 'csv') return csvText(report.csv.header, report.csv.rows);
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

/** Breaks text into lines of at most `width` characters at spaces; a longer word is split. */
export function wrapText(text: string, width: number): string[] {
  const room = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of clean(text).split(' ')) {
    let rest = word;
    while (rest.length > room) {
      if (line !== '') lines.push(line);
      lines.push(rest.slice(0, room));
      rest = rest.slice(room);
      line = '';
    }
    if (line === '') line = rest;
    else if (line.length + 1 + rest.length <= room) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  return [...lines, line];
}

/**
 * Fits a list (of source ids, say) into `width` characters: as many items as fit, then `+N` for the rest; the
 * first item is cut with `…` when even it does not fit.
 */
export function fitList(items: readonly string[], width: number): string {
  for (let shown = items.length; shown > 0; shown--) {
    const text = items.slice(0, shown).join(', ') + (shown < items.length ? ` +${items.length - shown}` : '');
    if (text.length <= width) return text;
  }
  const more = items.length > 1 ? ` +${items.length - 1}` : '';
  return truncate(items[0] ?? '', width - more.length) + more;
}

/** A table column. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string;
  readonly align?: 'left' | 'right';
  /** Gives up width first when the table is too wide, and takes the spare width when the table fills the line. */
  readonly flex?: boolean;
  /** Wraps long text onto more lines instead of cutting it with `…`. */
  readonly wrap?: boolean;
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
  const available = SCREEN_WIDTH - (options.indent ?? 0) - GAP.length * (columns.length - 1);
  const width = (i: number) => widths[i] ?? 0;
  let excess = widths.reduce((sum, w) => sum + w, 0) - available;
  while (excess > 0) {
    const shrinkable = columns.flatMap((column, i) => (column.width === undefined && width(i) > MIN_COLUMN ? [i] : []));
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
  return truncate(`${' '.repeat(indent)}${padded.join(GAP)}`.trimEnd(), SCREEN_WIDTH);
}

/**
 * Lays rows out as a table no wider than `SCREEN_WIDTH`: columns shrink (flexible ones first) and long cells are
 * cut with `…` or, in wrapping columns, continue on the next lines.
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
      columns[i]?.wrap === true ? wrapText(cell, widths[i] ?? 0) : [truncate(cell, widths[i] ?? 0)],
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

/** Puts `right` at the end of a line that starts with `left`, cutting `left` when both do not fit. */
export function spread(left: string, right: string): string {
  const room = SCREEN_WIDTH - right.length - 2;
  const start = truncate(left, room);
  return `${start}${' '.repeat(SCREEN_WIDTH - start.length - right.length)}${right}`;
}
