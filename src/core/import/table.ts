/**
 * Spreadsheet files (CSV, TSV) as rows of named cells, through d3-dsv (RFC 4180: quoted cells may
 * hold commas, quotes and line breaks). Row numbers are the ones a spreadsheet shows: the header is
 * row 1, and a cell with line breaks keeps its record on one row.
 * @module
 */
import { csvParseRows, tsvParseRows } from 'd3-dsv';
import type { ImportIssue } from './types.js';

/** One record of a table, its cells by column name. */
export interface TableRow {
  /** Spreadsheet row number (the header is row 1). */
  readonly row: number;
  /** The cell of `column`, trimmed; `''` when empty or the column is absent. */
  get(column: string): string;
}

/** A table's header (as written) and its records; records with the wrong number of cells are dropped. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

/**
 * Reads `text` as CSV (`,`) or TSV (`\t`). `name` maps a header cell to the name `get` takes (for
 * feeds whose headers vary in case or carry a `g:` prefix). A record with more or fewer cells than
 * the header is reported and skipped; a blank line is skipped silently.
 */
export function readTable(
  text: string,
  delimiter: ',' | '\t',
  issues: ImportIssue[],
  name: (header: string) => string = (h) => h.trim(),
): Table {
  const records = (delimiter === ',' ? csvParseRows : tsvParseRows)(text.replace(/^\uFEFF/, ''));
  const header = records[0] ?? [];
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = name(cell);
    if (key && !index.has(key)) index.set(key, i);
  });
  const rows: TableRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const cells = records[i]!;
    const row = i + 1;
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (cells.length !== header.length) {
      const hint = cells.length < header.length ? ' (is a quote left open?)' : ' (is a value with a delimiter not quoted?)';
      issues.push({ row, message: `has ${cells.length} cells where the header has ${header.length}${hint}; row skipped` });
      continue;
    }
    rows.push({
      row,
      get: (column) => {
        const at = index.get(column);
        return at === undefined ? '' : (cells[at] ?? '').trim();
      },
    });
  }
  return { columns: [...index.keys()], rows };
}
