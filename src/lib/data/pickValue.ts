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
