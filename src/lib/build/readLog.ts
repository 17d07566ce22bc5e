import type { Decimals, Row, Table } from '../data/table.ts';

/**
 * What one page read while it rendered: the cells of each dataset by column and row, the
 * datasets whose rows it went through, and named inputs besides data (`entry:charts:<id>`, a
 * story's text, the list of stories, the day). A later build keys the page by the current
 * values of exactly these (`pageKey`), so a changed cell rebuilds the pages that read it.
 */
export interface ReadRecord {
  /** Dataset id → column → the rows read, or `'*'` for every row. */
  cells: Record<string, Record<string, number[] | '*'>>;
  /** Named inputs, sorted. */
  inputs: string[];
}

/** The reads of one page (or of one shared computation, merged into every page that uses it). */
export class ReadLog {
  readonly cells = new Map<string, Map<string, Set<number>>>();
  readonly inputs = new Set<string>();

  cell(dataset: string, column: string, row: number): void {
    let columns = this.cells.get(dataset);
    if (!columns) this.cells.set(dataset, (columns = new Map()));
    let rows = columns.get(column);
    if (!rows) columns.set(column, (rows = new Set()));
    rows.add(row);
  }

  input(name: string): void {
    this.inputs.add(name);
  }

  merge(other: ReadLog): void {
    for (const [dataset, columns] of other.cells) {
      for (const [column, rows] of columns) for (const row of rows) this.cell(dataset, column, row);
    }
    for (const name of other.inputs) this.input(name);
  }

  /** The log as stored: a column read in every row is `'*'` (its digest is compared, not each cell). */
  record(rowCounts: (dataset: string) => number): ReadRecord {
    const cells: ReadRecord['cells'] = {};
    for (const [dataset, columns] of [...this.cells].sort(([a], [b]) => a.localeCompare(b))) {
      cells[dataset] = {};
      for (const [column, rows] of [...columns].sort(([a], [b]) => a.localeCompare(b))) {
        cells[dataset][column] = rows.size >= rowCounts(dataset) ? '*' : [...rows].sort((a, b) => a - b);
      }
    }
    return { cells, inputs: [...this.inputs].sort() };
  }
}

/** The column name standing for "the whole row" (a row spread, listed or serialised). */
export const WHOLE_ROW = '*row';

/**
 * The table with each row (and its printed decimals) watched: reading a cell notes it, by row
 * and column, in the log `current()` returns at that moment (none outside a page). Reading a row's
 * keys (spreading or serialising it) notes the whole row. Every page that reads a table also
 * depends on its schema and number of rows, noted as the column `*rows`.
 */
export function watchedTable(table: Table, current: () => ReadLog | undefined): Table {
  const note = (row: number, column: string) => current()?.cell(table.id, column, row);
  const watch = <T extends Row | Decimals>(record: T, row: number): T =>
    new Proxy(record, {
      get(target, key, receiver) {
        if (typeof key === 'string') note(row, key);
        return Reflect.get(target, key, receiver);
      },
      has(target, key) {
        if (typeof key === 'string') note(row, key);
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        note(row, WHOLE_ROW);
        return Reflect.ownKeys(target);
      },
    });
  const rows = table.rows.map(watch);
  const decimals = table.decimals.map(watch);
  return {
    ...table,
    get rows() {
      current()?.cell(table.id, TABLE_SHAPE, 0);
      return rows;
    },
    get decimals() {
      current()?.cell(table.id, TABLE_SHAPE, 0);
      return decimals;
    },
    get schema() {
      current()?.cell(table.id, TABLE_SHAPE, 0);
      return table.schema;
    },
  };
}

/** The pseudo-column for a table's schema and number of rows. */
export const TABLE_SHAPE = '*rows';
