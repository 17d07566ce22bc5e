import type { Row, Table } from '../data/table.ts';
import type { ChartSpec } from './chartSpec.ts';

/**
 * The rows a chart draws: those matching every filter of its spec.
 *
 * @example chartRows(table, { filter: { level: 'province', year: [2021, 2022] } })
 */
export function chartRows(table: Pick<Table, 'rows'>, spec: Pick<ChartSpec, 'filter'>): Row[] {
  const filters = Object.entries(spec.filter).map(
    ([column, wanted]) => [column, new Set(Array.isArray(wanted) ? wanted : [wanted])] as const,
  );
  return table.rows.filter((row) => filters.every(([column, wanted]) => wanted.has(row[column] as string | number)));
}

/** A numeric cell, or null when missing; throws when the column holds text (the spec names the wrong column). */
export function numberOf(row: Row, column: string): number | null {
  const value = row[column];
  if (value === null || typeof value === 'number') return value;
  throw new TypeError(`column "${column}" holds text (${JSON.stringify(value)}), a number was expected`);
}

/** The Vietnamese label the dataset schema gives a column. */
export function columnLabel(table: Pick<Table, 'schema'>, name: string): string {
  return table.schema.columns.find((column) => column.name === name)?.label ?? name;
}

/** Whether a column holds province codes: charts show them as the provinces' names. */
export function holdsProvinceCodes(table: Pick<Table, 'schema'>, name: string): boolean {
  return table.schema.columns.find((column) => column.name === name)?.references === 'provinces';
}

/** A category's label in a chart: the province's name for a province code, else the value itself. */
export function categoryName(table: Pick<Table, 'schema'>, name: string, provinces: ReadonlyMap<string, { name: string }>) {
  const byName = holdsProvinceCodes(table, name);
  return (key: string) => (byName ? (provinces.get(key)?.name ?? key) : key);
}

/** A category column's header in a chart's table: "Tỉnh, thành phố" for province codes shown by name, else its label. */
export function categoryLabel(table: Pick<Table, 'schema'>, name: string): string {
  return holdsProvinceCodes(table, name) ? 'Tỉnh, thành phố' : columnLabel(table, name);
}
