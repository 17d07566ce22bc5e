import type { DataTableModel } from '../charts/model.ts';
import type { ColumnSchema, DatasetSchema } from '../data/datasetSchema.ts';
import type { Decimals, Row } from '../data/table.ts';
import { formatInteger } from '../format/number.ts';
import { catalogStrings } from '../ui/catalog.ts';
import { formatCell } from './formatCell.ts';

/** How many rows the preview shows. */
export const PREVIEW_ROWS = 20;

/** The first rows of a dataset as a table, and the sentence that says how many of how many. */
export interface DatasetPreview {
  table: DataTableModel;
  caption: string;
}

const numericTypes = new Set<ColumnSchema['type']>(['integer', 'number', 'percent']);

/** A header: the label, with the unit unless the cells already carry it (percent). */
function header(column: ColumnSchema): string {
  return column.unit && column.type !== 'percent' ? `${column.label} (${column.unit})` : column.label;
}

/**
 * The first `limit` rows in file order, every cell formatted by its column's type, numbers with
 * the decimals the file prints them with (`decimals`, parallel to `rows`, as `Table.decimals`).
 *
 * @example datasetPreview(schema, rows, decimals).caption // '20 dòng đầu trong tổng số 568 dòng'
 */
export function datasetPreview(
  schema: Pick<DatasetSchema, 'columns'>,
  rows: readonly Row[],
  decimals: readonly Decimals[],
  limit = PREVIEW_ROWS,
): DatasetPreview {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`datasetPreview: limit must be a whole number ≥ 1, not ${limit}`);
  const shown = rows.slice(0, limit);
  const total = formatInteger(rows.length);
  return {
    table: {
      columns: schema.columns.map((column) => ({ label: header(column), numeric: numericTypes.has(column.type) })),
      rows: shown.map((row, i) =>
        schema.columns.map((column) => {
          const value = row[column.name] ?? null;
          const printed = decimals[i]?.[column.name];
          return { text: formatCell(value, column, printed), sort: value, decimals: printed };
        }),
      ),
    },
    caption:
      rows.length > shown.length
        ? catalogStrings.previewOf(formatInteger(shown.length), total)
        : catalogStrings.previewAll(total),
  };
}
