import type { Row, Table } from '../data/table.ts';

/** One year of one indicator for one province: the value, or null when the source has none. */
export interface Observation {
  year: number;
  value: number | null;
  /** The `status` column when the dataset has one (`final`, `preliminary`). */
  status: string | null;
}

/** The rows of a table matching every condition (a missing column never matches a value). */
export function rowsWhere(table: Pick<Table, 'rows'>, where: Record<string, string | number>): Row[] {
  return table.rows.filter((row) => Object.entries(where).every(([column, value]) => row[column] === value));
}

const yearOf = (row: Row, table: Pick<Table, 'id'>): number => {
  const year = row.year;
  if (typeof year !== 'number') throw new TypeError(`${table.id}: a row has no year (${JSON.stringify(year)})`);
  return year;
};

/**
 * A province's values year by year, over every year the dataset covers at province level: a
 * year the province lacks (no row, or an empty cell) is an observation with `value: null`, so a
 * page can say so instead of skipping it.
 *
 * @example provinceSeries(povertyTable, '79').at(-1) // { year: 2016, value: null, status: 'preliminary' }
 */
export function provinceSeries(
  table: Pick<Table, 'id' | 'rows'>,
  code: string,
  { column = 'value', where = {} }: { column?: string; where?: Record<string, string | number> } = {},
): Observation[] {
  const rows = rowsWhere(table, { ...where }).filter((row) => row.province_code !== null && row.province_code !== undefined);
  const years = [...new Set(rows.map((row) => yearOf(row, table)))].sort((a, b) => a - b);
  const own = new Map(rows.filter((row) => row.province_code === code).map((row) => [yearOf(row, table), row]));
  return years.map((year) => {
    const row = own.get(year);
    const value = row?.[column] ?? null;
    if (value !== null && typeof value !== 'number') {
      throw new TypeError(`${table.id}: column "${column}" holds text (${JSON.stringify(value)}), a number was expected`);
    }
    const status = row?.status ?? null;
    return { year, value, status: typeof status === 'string' ? status : null };
  });
}

/**
 * The last observation that has a value, or null when the province has none at all.
 *
 * @example latestObservation([{ year: 2015, value: 0, status: 'final' }, { year: 2016, value: null, status: null }])
 * // { year: 2015, value: 0, status: 'final' }
 */
export function latestObservation(series: readonly Observation[]): (Observation & { value: number }) | null {
  const found = series.findLast((o) => o.value !== null);
  return found ? (found as Observation & { value: number }) : null;
}

/**
 * The years the dataset covers for which the province has no value.
 *
 * @example missingYears(provinceSeries(povertyTable, '79')) // [2016]
 */
export function missingYears(series: readonly Observation[]): number[] {
  return series.filter((o) => o.value === null).map((o) => o.year);
}

/**
 * A difference between two percentages, in percentage points, rounded to the decimals the
 * inputs carry so that 27.9 − 50.2 gives −22.3, not −22.300000000000004.
 *
 * @example pointChange(50.2, 27.9) // -22.3
 */
export function pointChange(from: number, to: number): number {
  const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
  const digits = Math.max(decimals(from), decimals(to));
  const change = Number((to - from).toFixed(digits));
  return Object.is(change, -0) ? 0 : change;
}
