import Papa from 'papaparse';
import type { DataTableModel } from '../charts/model.ts';
import { spreadsheetText } from '../text/spreadsheetCell.ts';

/**
 * The data a chart shows, as CSV: the columns and rows of its data table, numbers written plainly
 * (1417.3) so any spreadsheet reads them, missing values empty. UTF-8 with a byte-order mark, so
 * Excel shows Vietnamese right. Text cells that a spreadsheet would run as a formula are
 * written as text.
 */
export function chartCsv(table: DataTableModel): string {
  const rows = table.rows.map((row) =>
    row.map((cell, i) =>
      table.columns[i].numeric ? (typeof cell.sort === 'number' ? String(cell.sort) : '') : spreadsheetText(cell.text),
    ),
  );
  return '\uFEFF' + Papa.unparse({ fields: table.columns.map((c) => c.label), data: rows }, { newline: '\r\n' }) + '\r\n';
}
