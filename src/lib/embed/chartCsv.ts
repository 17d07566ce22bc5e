import Papa from 'papaparse';
import type { DataTableModel } from '../charts/model.ts';
import { plainNumber } from '../format/number.ts';
import { spreadsheetText } from '../text/spreadsheetCell.ts';
import { reliabilityStrings } from '../ui/reliability.ts';

/**
 * The data a chart shows, as CSV: the columns and rows of its data table, numbers written plainly
 * with the decimals their source printed (3.0 stays `3.0`, 1417.3 has no grouping) so any
 * spreadsheet reads them, missing values empty. UTF-8 with a byte-order mark, so Excel shows
 * Vietnamese right. Text cells that a spreadsheet would run as a formula are written as text.
 * A grouped table gets its group column first when the table does not show it; a dataset with a
 * reliability column gets it last, in words (the markers of the page cannot sit in a number cell).
 */
export function chartCsv(table: DataTableModel): string {
  const groupOf = groupValues(table);
  const addGroup = table.groups !== undefined && !table.groups.shown;
  const rows = table.rows.map((row, r) => [
    ...(addGroup ? [spreadsheetText(groupOf[r])] : []),
    ...row.map((cell, i) =>
      table.columns[i].numeric
        ? typeof cell.sort === 'number'
          ? plainNumber(cell.sort, { digits: cell.decimals })
          : ''
        : spreadsheetText(cell.text),
    ),
    ...(table.reliability ? [spreadsheetText(table.reliability[r])] : []),
  ]);
  const fields = [
    ...(addGroup ? [table.groups!.label] : []),
    ...table.columns.map((c) => c.label),
    ...(table.reliability ? [reliabilityStrings.column] : []),
  ];
  return '\uFEFF' + Papa.unparse({ fields, data: rows }, { newline: '\r\n' }) + '\r\n';
}

/** The group value of each row, in row order. */
function groupValues(table: DataTableModel): string[] {
  return (table.groups?.items ?? []).flatMap((item) => Array<string>(item.rows).fill(item.value));
}
