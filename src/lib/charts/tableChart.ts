import { printedDecimalsOf } from '../data/printed.ts';
import { reliabilityColumn, rowReliability, type Reliability } from '../data/reliability.ts';
import type { Row, Table, Value } from '../data/table.ts';
import { compareVi } from '../format/collate.ts';
import { formatInteger, formatNumber, formatPercent } from '../format/number.ts';
import { describeReliability, footnotes, marksOf, rowMarks } from '../format/reliability.ts';
import { z } from 'zod';
import { chartType } from './chartType.ts';
import { column, commonFields, text } from './specFields.ts';
import type { ChartContext } from './context.ts';
import type { ChartModel, TableCell, TableGroups } from './model.ts';
import { chartRows, columnLabel } from './rows.ts';
import { columnDecimals } from './valueFormat.ts';
import { say, type Said } from '../ui/messages.ts';

export const tableSpecSchema = z.strictObject({
  ...commonFields,
  type: z.literal('table'),
  columns: z.array(z.strictObject({ column, label: text.optional() })).min(1),
  sortBy: z.strictObject({ column, order: z.enum(['ascending', 'descending']) }).optional(),
  /**
   * Rows grouped by this column's values (ascending), each group under its own heading; `sortBy`
   * and the reader's sorting then act within a group. Required when the rows span several years.
   */
  groupBy: column.optional(),
});
export type TableSpec = z.output<typeof tableSpecSchema>;

/**
 * A cell as text in Vietnamese formats, typed by the dataset's schema, each number with its
 * column's decimals (4.98 and 5 → "4,98%" and "5,00%": see `columnDecimals`) unless the spec
 * fixes `digits`, and keeping the decimals its source printed for the CSV; a province code shows
 * the name.
 */
function cellOf(
  value: Value,
  decimals: number | undefined,
  { type, isProvince, digits }: { type: string; isProvince: boolean; digits: number | undefined },
  context: ChartContext,
): TableCell {
  if (value === null) return { text: '–', sort: null };
  if (typeof value === 'number') {
    const shown = { digits };
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

type Sortable = TableCell['sort'];

/** Ascending or descending, missing values last either way; numbers as numbers, text in Vietnamese order. */
function compare(x: Sortable, y: Sortable, direction: 1 | -1): number {
  if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
  return direction * (typeof x === 'number' && typeof y === 'number' ? x - y : compareVi(String(x), String(y)));
}

/**
 * Why a table would rank rows of different years as one list, or undefined when it would not:
 * its rows span several values of a year column and it is not grouped by that column. The table
 * is always sortable by the reader, so this holds with or without `sortBy`.
 *
 * @example crossYearRanking(table, { …, groupBy: undefined })?.message // 'các dòng trải từ năm 2021 đến 2025: …'
 */
export function crossYearRanking(table: Pick<Table, 'rows' | 'schema'>, spec: TableSpec): Said | undefined {
  const rows = chartRows(table, spec);
  for (const column of table.schema.columns.filter((c) => c.type === 'year')) {
    if (spec.groupBy === column.name) continue;
    const years = [...new Set(rows.map((row) => row[column.name]).filter((y): y is number => typeof y === 'number'))];
    if (years.length > 1) {
      return say('chart.crossYearRanking', { from: Math.min(...years), to: Math.max(...years), column: column.name });
    }
  }
  return undefined;
}

/**
 * A sortable table of a dataset's rows, in the spec's columns and order, numbers as printed; grouped by `groupBy`
 * (ascending), sorted by `sortBy` within each group. A value the dataset's reliability column
 * flags carries its marker, and the table lists what each marker means. Throws when the rows
 * span several years and are not grouped by year (see `crossYearRanking`).
 */
export function tableChart(
  table: Pick<Table, 'rows' | 'schema' | 'decimals'>,
  spec: TableSpec,
  context: ChartContext,
): ChartModel {
  const ranking = crossYearRanking(table, spec);
  const decimalsOf = printedDecimalsOf(table);
  if (ranking) throw new Error(`${ranking.message}; ${ranking.hint}`);
  const schemaOf = (name: string) => table.schema.columns.find((c) => c.name === name)!;
  const rows = chartRows(table, spec);
  const columns = spec.columns.map(({ column, label }) => {
    const schema = schemaOf(column);
    const values = rows.map((row) => ({
      value: typeof row[column] === 'number' ? row[column] : null,
      decimals: decimalsOf(row, column),
    }));
    return {
      column,
      label: label ?? columnLabel(table, column),
      type: schema.type,
      isProvince: schema.references === 'provinces',
      digits: spec.format.digits ?? columnDecimals(values),
    };
  });
  const hasReliability = reliabilityColumn(table.schema) !== undefined;
  const labelOf = (name: string) => columnLabel(table, name);
  const used = new Set<Reliability>();

  const group = spec.groupBy ? schemaOf(spec.groupBy) : undefined;
  const built = rows.map((row: Row) => {
    const entries = hasReliability ? rowReliability(row, table.schema) : [];
    const marks = rowMarks(
      entries,
      columns.map((c) => c.column),
    );
    const cells = columns.map((c, i): TableCell => {
      const cell =
        c.type === 'reliability'
          ? { text: describeReliability(entries, labelOf), sort: null }
          : cellOf(row[c.column], decimalsOf(row, c.column), c, context);
      const glyphs = marksOf(marks[i]);
      if (glyphs.length === 0) return cell;
      marks[i].forEach((key) => used.add(key));
      return { ...cell, marks: glyphs };
    });
    const groupCell = group
      ? cellOf(
          row[group.name],
          decimalsOf(row, group.name),
          { type: group.type, isProvince: group.references === 'provinces', digits: decimalsOf(row, group.name) },
          context,
        )
      : undefined;
    return { cells, group: groupCell, reliability: describeReliability(entries, labelOf) };
  });

  const sortIndex = spec.sortBy ? spec.columns.findIndex((c) => c.column === spec.sortBy!.column) : -1;
  const direction = spec.sortBy?.order === 'ascending' ? 1 : -1;
  built.sort(
    (a, b) =>
      (a.group && b.group ? compare(a.group.sort, b.group.sort, 1) : 0) ||
      (sortIndex >= 0 ? compare(a.cells[sortIndex].sort, b.cells[sortIndex].sort, direction) : 0),
  );

  let groups: TableGroups | undefined;
  if (group) {
    const items: TableGroups['items'] = [];
    for (const { group: cell } of built) {
      const last = items.at(-1);
      if (last && last.value === cell!.text) last.rows += 1;
      else items.push({ value: cell!.text, rows: 1 });
    }
    groups = { label: columnLabel(table, group.name), shown: spec.columns.some((c) => c.column === group.name), items };
  }
  const notes = footnotes(used);
  return {
    id: spec.id,
    type: 'table',
    svg: null,
    table: {
      columns: columns.map((c) => ({ label: c.label, numeric: !['string', 'code', 'date', 'reliability'].includes(c.type) })),
      rows: built.map((b) => b.cells),
      ...(groups ? { groups } : {}),
      ...(notes.length > 0 ? { footnotes: notes } : {}),
      ...(hasReliability ? { reliability: built.map((b) => b.reliability) } : {}),
    },
  };
}

export const tableType = chartType({
  type: 'table',
  schema: tableSpecSchema,
  columns: (spec) => [
    ...spec.columns.map((c, i) => ({ path: ['columns', i, 'column'], column: c.column })),
    ...(spec.sortBy ? [{ path: ['sortBy', 'column'], column: spec.sortBy.column }] : []),
    ...(spec.groupBy ? [{ path: ['groupBy'], column: spec.groupBy }] : []),
  ],
  keys: () => [],
  check: (spec, _rows, table) => {
    const ranking = crossYearRanking(table, spec);
    if (!ranking) return [];
    return [{ path: spec.groupBy ? ['groupBy'] : spec.sortBy ? ['sortBy', 'column'] : ['columns'], said: ranking }];
  },
  build: tableChart,
});
