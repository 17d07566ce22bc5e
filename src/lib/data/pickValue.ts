import { printedDecimalsOf, printedDifference, shortestDecimals, type Printed } from './printed.ts';
import type { Row, Table } from './table.ts';

export type Where = Record<string, string | number | null>;

/**
 * The one row of a table matching every condition; throws, naming the dataset and the
 * conditions, when none or several match, so a story never shows a guessed number.
 *
 * @example pickRow(table, { province_code: '12', year: 2006 })
 */
export function pickRow(table: Pick<Table, 'id' | 'rows'>, where: Where): Row {
  const matches = table.rows.filter((row) => Object.entries(where).every(([column, value]) => row[column] === value));
  if (matches.length !== 1) {
    throw new Error(`${table.id}: ${matches.length} rows match ${JSON.stringify(where)}; exactly one is needed`);
  }
  return matches[0];
}

/**
 * A number from one row; throws when it is missing, since a story cannot print a gap as a number.
 *
 * @example pickNumber(table, { province_code: '12', year: 2006 }, 'value') // 58.2
 */
export function pickNumber(table: Pick<Table, 'id' | 'rows'>, where: Where, column: string): number {
  const value = pickRow(table, where)[column];
  if (typeof value !== 'number') {
    throw new Error(`${table.id}: ${JSON.stringify(where)} has no number in "${column}" (${JSON.stringify(value)})`);
  }
  return value;
}

/**
 * A number from one row with the decimals its source printed (`3.0` gives `{ value: 3,
 * decimals: 1 }`, printed "3,0"); throws like `pickNumber`.
 *
 * @example pickPrinted(table, { province_code: '01', year: 2006 }, 'value') // { value: 3, decimals: 1 }
 */
export function pickPrinted(table: Pick<Table, 'id' | 'rows' | 'decimals'>, where: Where, column: string): Printed {
  const value = pickNumber(table, where, column);
  const decimals = printedDecimalsOf(table)(pickRow(table, where), column);
  return { value, decimals: decimals ?? shortestDecimals(value) };
}

/**
 * The change from one row's number to another's, `to − from`, with the decimals of the more
 * precise of the two: 3.0 and 1.25 differ by 1.75 (2 decimals), 45.3 and 15.3 by 30.0 (1 decimal,
 * printed "30,0"). A difference is never shown more precise than its inputs, nor less.
 *
 * @example pickDifference(table, { year: 2010 }, { year: 2016 }, 'value') // { value: -22.3, decimals: 1 }
 */
export function pickDifference(
  table: Pick<Table, 'id' | 'rows' | 'decimals'>,
  from: Where,
  to: Where,
  column: string,
): Printed {
  return printedDifference(pickPrinted(table, from, column), pickPrinted(table, to, column));
}
