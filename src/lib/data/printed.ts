import type { Row, Table } from './table.ts';

/**
 * A number as its source printed it: the value, and how many decimals it was written with
 * (`3.0` is `{ value: 3, decimals: 1 }`). Format it with `decimals` as digits to print it back.
 */
export interface Printed {
  value: number;
  decimals: number;
}

const lookups = new WeakMap<readonly Row[], Map<Row, Table['decimals'][number]>>();

/**
 * The decimals a number cell of the table was printed with, by row and column; undefined for
 * a missing or text cell, or a row that is not one of the table's own. Rows are found by
 * identity, so filter `table.rows` (never copies of them) and look each kept row up.
 *
 * @example printedDecimalsOf(table)(table.rows[0], 'value') // 1 for a cell written 3.0
 */
export function printedDecimalsOf(table: Pick<Table, 'rows' | 'decimals'>): (row: Row, column: string) => number | undefined {
  let byRow = lookups.get(table.rows);
  if (!byRow) {
    byRow = new Map(table.rows.map((row, i) => [row, table.decimals[i] ?? {}]));
    lookups.set(table.rows, byRow);
  }
  const found = byRow;
  return (row, column) => found.get(row)?.[column];
}

/**
 * How precise a figure computed from printed values is: as precise as the most precise of
 * them. A difference of 3.0 and 1.25 has 2 decimals (1.75); a mean of 3.01, 3.68 and 4.66 has 2.
 * Values whose decimals are unknown are ignored; undefined when none is known.
 *
 * @example computedDecimals([1, 2]) // 2
 */
export function computedDecimals(decimals: readonly (number | undefined)[]): number | undefined {
  const known = decimals.filter((d): d is number => d !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}

/**
 * `to − from` with the decimals of the more precise of the two (`computedDecimals`), rounded to
 * them so that 27.9 − 50.2 gives −22.3, not −22.300000000000004, and 15.3 − 45.3 keeps its
 * printed precision: −30.0, shown "−30,0", not "−30".
 *
 * @example printedDifference({ value: 3, decimals: 1 }, { value: 1.25, decimals: 2 }) // { value: -1.75, decimals: 2 }
 */
export function printedDifference(from: Printed, to: Printed): Printed {
  const decimals = Math.max(from.decimals, to.decimals);
  const value = Number((to.value - from.value).toFixed(decimals));
  return { value: Object.is(value, -0) ? 0 : value, decimals };
}

/**
 * The decimals of a number at its shortest, up to 6 (3.0 → 0, 5.90 → 1): what a value is shown
 * with when its printed form is unknown, as `formatNumber` does by default.
 *
 * @example shortestDecimals(58.2) // 1
 */
export function shortestDecimals(value: number): number {
  return (value.toFixed(6).replace(/0+$/, '').split('.')[1] ?? '').length;
}
