import type { DataTableModel } from '../charts/model.ts';
import type { ColumnSchema, DatasetSchema } from '../data/datasetSchema.ts';
import { isQuantity } from '../data/datasetSchema.ts';
import { reliabilityColumn, rowReliability, type Reliability } from '../data/reliability.ts';
import type { Decimals, Row } from '../data/table.ts';
import { formatInteger } from '../format/number.ts';
import { footnotes, marksOf, rowMarks } from '../format/reliability.ts';
import { catalogStrings } from '../ui/catalog.ts';
import { formatCell } from './formatCell.ts';

/** How many rows the preview shows. */
export const PREVIEW_ROWS = 20;

/** The first rows of a dataset as a table, and the sentence that says how many of how many. */
export interface DatasetPreview {
  table: DataTableModel;
  caption: string;
  /** Says which provenance columns the preview leaves out; absent when none. */
  omitted?: string;
}

/** A header: the label, with the unit unless the cells already carry it (percent). */
function header(column: ColumnSchema): string {
  return column.unit && column.type !== 'percent' ? `${column.label} (${column.unit})` : column.label;
}

/**
 * The first `limit` rows in file order, every cell formatted by its column's type, numbers with
 * the decimals the file prints them with (`decimals`, parallel to `rows`, as `Table.decimals`).
 * A value the dataset's reliability column flags carries its marker, explained under the table.
 * Provenance columns (raw source labels, collectors' notes in English) are left out and named.
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
  const names = schema.columns.map((column) => column.name);
  const labelOf = (name: string) => schema.columns.find((c) => c.name === name)?.label ?? name;
  const shownColumns = schema.columns.filter((column) => !column.provenance);
  const omitted = schema.columns.filter((column) => column.provenance).map((column) => column.label);
  const hasReliability = reliabilityColumn(schema) !== undefined;
  const used = new Set<Reliability>();
  const table: DataTableModel = {
    columns: shownColumns.map((column) => ({ label: header(column), numeric: isQuantity(column.type) })),
    rows: shown.map((row, r) => {
      const marks = hasReliability ? rowMarks(rowReliability(row, schema), names) : [];
      return shownColumns.map((column) => {
        const value = row[column.name] ?? null;
        const printed = decimals[r]?.[column.name];
        const cell = { text: formatCell(value, column, printed, labelOf), sort: value, decimals: printed };
        const columnMarks = marks[names.indexOf(column.name)] ?? [];
        const glyphs = marksOf(columnMarks);
        if (glyphs.length === 0) return cell;
        columnMarks.forEach((key) => used.add(key));
        return { ...cell, marks: glyphs };
      });
    }),
  };
  const notes = footnotes(used);
  return {
    table: notes.length > 0 ? { ...table, footnotes: notes } : table,
    caption:
      rows.length > shown.length
        ? catalogStrings.previewOf(formatInteger(shown.length), total)
        : catalogStrings.previewAll(total),
    ...(omitted.length > 0 ? { omitted: catalogStrings.previewOmits(omitted) } : {}),
  };
}
