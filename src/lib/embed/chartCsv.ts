import Papa from 'papaparse';
import type { DataTableModel } from '../charts/model.ts';
import { plainNumber } from '../format/number.ts';
import { spreadsheetText } from '../text/spreadsheetCell.ts';

/**
 * The data a chart shows, as CSV: the columns and rows of its data table, numbers written plainly
 * with the decimals their source printed (3.0 stays `3.0`, 1417.3 has no grouping) so any
 * spreadsheet reads them, missing values empty. UTF-8 with a byte-order mark, so Excel shows
 * Vietnamese right. Text cells that a spreadsheet would run as a formula are written as text.
 */
export function chartCsv(table: DataTableModel): string {
  const rows = table.rows.map((row) =>
    row.map((cell, i) =>
      table.columns[i].numeric
        ? typeof cell.sort === 'number'
          ? plainNumber(cell.sort, { digits: cell.decimals })
          : ''
        : spreadsheetText(cell.text),
    ),
  );
  return '\uFEFF' + Papa.unparse({ fields: table.columns.map((c) => c.label), data: rows }, { newline: '\r\n' }) + '\r\n';
}
