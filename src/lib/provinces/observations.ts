import { printedDecimalsOf, shortestDecimals, type Printed } from '../data/printed.ts';
import type { Row, Table } from '../data/table.ts';

/** One year of one indicator for one province: the value, or null when the source has none. */
export interface Observation {
  year: number;
  value: number | null;
  /** The decimals the source printed `value` with; unknown (shortest form) when absent. */
  decimals?: number;
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
  table: Pick<Table, 'id' | 'rows' | 'decimals'>,
  code: string,
  { column = 'value', where = {} }: { column?: string; where?: Record<string, string | number> } = {},
): Observation[] {
  const rows = rowsWhere(table, { ...where }).filter((row) => row.province_code !== null && row.province_code !== undefined);
  const years = [...new Set(rows.map((row) => yearOf(row, table)))].sort((a, b) => a - b);
  const decimalsOf = printedDecimalsOf(table);
  const own = new Map(rows.filter((row) => row.province_code === code).map((row) => [yearOf(row, table), row]));
  return years.map((year) => {
    const row = own.get(year);
    const value = row?.[column] ?? null;
    if (value !== null && typeof value !== 'number') {
      throw new TypeError(`${table.id}: column "${column}" holds text (${JSON.stringify(value)}), a number was expected`);
    }
    const status = row?.status ?? null;
    const decimals = row && value !== null ? decimalsOf(row, column) : undefined;
    return { year, value, ...(decimals === undefined ? {} : { decimals }), status: typeof status === 'string' ? status : null };
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
 * An observation's value with its printed decimals, for `printedDifference` and formatting; the
 * shortest form's decimals when the printed ones are unknown.
 *
 * @example printedObservation({ year: 2006, value: 3, decimals: 1, status: 'final' }) // { value: 3, decimals: 1 }
 */
export function printedObservation(o: Observation & { value: number }): Printed {
  return { value: o.value, decimals: o.decimals ?? shortestDecimals(o.value) };
}
