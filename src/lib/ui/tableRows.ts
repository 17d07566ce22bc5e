import type { DataTableModel } from '../charts/model.ts';

/** Rows a long table shows before the reader asks for all of them. */
export const ROWS_SHOWN = 10;

/**
 * How a long table is shortened: the rows shown first (the first group's, for a table grouped by
 * year, whose later groups wait) and the total. Null when the whole table is short enough to show
 * (hiding one or two rows behind a button would cost the reader more than it saves).
 *
 * @example shortenedRows({ rows: new Array(44), … }) // { shown: 10, total: 44 }
 */
export function shortenedRows(table: Pick<DataTableModel, 'rows' | 'groups'>): { shown: number; total: number } | null {
  const total = table.rows.length;
  const shown = Math.min(ROWS_SHOWN, table.groups?.items[0]?.rows ?? total);
  return total - shown > 2 ? { shown, total } : null;
}
