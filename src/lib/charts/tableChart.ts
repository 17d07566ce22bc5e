import { printedDecimalsOf } from '../data/printed.ts';
import type { Table, Value } from '../data/table.ts';
import { compareVi } from '../format/collate.ts';
import { formatInteger, formatNumber, formatPercent } from '../format/number.ts';
import type { TableSpec } from './chartSpec.ts';
import type { ChartContext } from './context.ts';
import type { ChartModel, TableCell } from './model.ts';
import { chartRows, columnLabel } from './rows.ts';

/**
 * A cell as text in Vietnamese formats, typed by the dataset's schema, each number with the
 * decimals its source printed (3.0 → "3,0%" beside 4.98 → "4,98%") unless the spec fixes `digits`;
 * a province code shows the name.
 */
function cellOf(
  value: Value,
  decimals: number | undefined,
  { type, isProvince, digits }: { type: string; isProvince: boolean; digits: number | undefined },
  context: ChartContext,
): TableCell {
  if (value === null) return { text: '–', sort: null };
  if (typeof value === 'number') {
    const shown = { digits: digits ?? decimals };
    const text =
      type === 'percent'
        ? formatPercent(value, shown)
        : type === 'integer'
          ? formatInteger(value)
          : type === 'year'
            ? String(value)
            : formatNumber(value, shown);
    return { text, sort: value, decimals };
  }
  const text = isProvince ? (context.provinces.get(value)?.name ?? value) : value;
  return { text, sort: text };
}

/** A sortable table of a dataset's rows, in the spec's columns and order. */
export function tableChart(
  table: Pick<Table, 'rows' | 'schema' | 'decimals'>,
  spec: TableSpec,
  context: ChartContext,
): ChartModel {
  const decimalsOf = printedDecimalsOf(table);
  const columns = spec.columns.map(({ column, label }) => {
    const schema = table.schema.columns.find((c) => c.name === column)!;
    return {
      column,
      label: label ?? columnLabel(table, column),
      type: schema.type,
      isProvince: schema.references === 'provinces',
      digits: spec.format.digits,
    };
  });
  const rows = chartRows(table, spec).map((row) =>
    columns.map((c) => cellOf(row[c.column], decimalsOf(row, c.column), c, context)),
  );
  if (spec.sortBy) {
    const index = spec.columns.findIndex((c) => c.column === spec.sortBy!.column);
    const direction = spec.sortBy.order === 'ascending' ? 1 : -1;
    rows.sort((a, b) => {
      const [x, y] = [a[index].sort, b[index].sort];
      if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
      return direction * (typeof x === 'number' && typeof y === 'number' ? x - y : compareVi(String(x), String(y)));
    });
  }
  return {
    id: spec.id,
    type: 'table',
    svg: null,
    table: { columns: columns.map((c) => ({ label: c.label, numeric: !['string', 'code', 'date'].includes(c.type) })), rows },
  };
}
