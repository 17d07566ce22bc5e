import { closest } from '../text/closest.ts';
import { say, type Said } from '../ui/messages.ts';
import { printedDecimalsOf, printedDifference, shortestDecimals, type Printed } from './printed.ts';
import type { Row, Table, Value } from './table.ts';
import { isQuantity } from './datasetSchema.ts';

export type Where = Record<string, string | number | null>;

/**
 * Does a cell hold the value a story asks for? `year: '2006'` finds 2006 and `province_code: 12`
 * finds "12": an editor writes values as text or as numbers, and both mean the same cell.
 */
export const cellMatches = (cell: Value | undefined, wanted: string | number | null): boolean =>
  cell === wanted || (cell !== null && cell !== undefined && wanted !== null && String(cell) === String(wanted));

const rowsMatching = (rows: readonly Row[], where: Where) =>
  rows.filter((row) => Object.entries(where).every(([column, value]) => cellMatches(row[column], value)));

/** `{ province_code: '12', year: 2006 }` as an editor wrote it. */
export const describeWhere = (where: Where): string =>
  `{ ${Object.entries(where)
    .map(([column, value]) => `${column}: ${typeof value === 'string' ? `'${value}'` : value}`)
    .join(', ')} }`;

/** A problem with a selection, and the condition it is about (to point at it in the story). */
export interface SelectProblem {
  /** The column of `where` at fault, when one is. */
  column?: string;
  said: Said;
}

/**
 * The one row of a table matching every condition, or why there is not exactly one: a column the
 * dataset lacks (with the closest), a value no row has (with the closest value), conditions that
 * each match rows but not together (with the values left), or several rows (with the columns
 * that tell them apart).
 *
 * @example selectRow(table, { province: 'Lai Chau', year: 2006 }) // { problem: { column: 'province', said: … 'Có phải "Lai Châu"?' } }
 */
export function selectRow(table: Pick<Table, 'id' | 'rows' | 'schema'>, where: Where): { row: Row } | { problem: SelectProblem } {
  const names = table.schema.columns.map((c) => c.name);
  for (const column of Object.keys(where)) {
    if (!names.includes(column)) {
      return { problem: { column, said: say('data.unknownColumn', { dataset: table.id, column, columns: names.join(', ') }, closest(column, names)) } };
    }
  }
  for (const [column, value] of Object.entries(where)) {
    if (!table.rows.some((row) => cellMatches(row[column], value))) {
      const present = new Set(table.rows.map((row) => row[column]).filter((v) => v !== null).map(String));
      return {
        problem: { column, said: say('data.noRowWithValue', { dataset: table.id, column, value: String(value) }, value === null ? undefined : closest(String(value), present)) },
      };
    }
  }
  const matches = rowsMatching(table.rows, where);
  if (matches.length === 1) return { row: matches[0] };
  if (matches.length === 0) {
    // Each condition matches some rows, but not all of them together: take the last condition
    // that the others leave rows for, and show what it could be.
    const without = (column: string) => Object.fromEntries(Object.entries(where).filter(([name]) => name !== column));
    const columns = Object.keys(where).reverse();
    const column = columns.find((name) => rowsMatching(table.rows, without(name)).length > 0) ?? columns[0];
    const values = [...new Set(rowsMatching(table.rows, without(column)).map((row) => String(row[column])))];
    return {
      problem: {
        column,
        said: say(
          'ref.noRowMatches',
          { dataset: table.id, where: describeWhere(where), column, values: values.slice(0, 12).join(', ') + (values.length > 12 ? ', …' : '') },
          closest(String(where[column]), values),
        ),
      },
    };
  }
  const varying = names.filter((name) => !(name in where) && new Set(matches.map((row) => String(row[name]))).size > 1);
  const keyColumns = varying.filter((name) => table.schema.primaryKey.includes(name));
  return {
    problem: {
      said: say('ref.manyRows', { count: matches.length, dataset: table.id, where: describeWhere(where), columns: (keyColumns.length > 0 ? keyColumns : varying).slice(0, 4).join(', ') }),
    },
  };
}

/** An error a story's number cannot be shown for: Vietnamese, with what to do. */
export class DataReferenceError extends Error {
  readonly said: Said;

  /** `where`: what asked for the number, when known (`src/pages/x.astro: <Chart id="…">`). */
  constructor(said: Said, where?: string) {
    super(`${where === undefined ? '' : `${where}: `}${said.message}\n    → ${said.hint}`);
    this.name = 'DataReferenceError';
    this.said = said;
  }
}

/**
 * The one row of a table matching every condition; throws a DataReferenceError (Vietnamese,
 * with the closest value) when none or several match, so a story never shows a guessed number.
 * Stories are checked with their line before this runs (src/lib/markdown/remarkStoryChecks.ts).
 *
 * @example pickRow(table, { province_code: '12', year: 2006 })
 */
export function pickRow(table: Pick<Table, 'id' | 'rows' | 'schema'>, where: Where): Row {
  const selected = selectRow(table, where);
  if ('problem' in selected) throw new DataReferenceError(selected.problem.said);
  return selected.row;
}

/**
 * The number in `column` of a selected row, or why there is none: the column holds text, or the
 * cell is empty (the source has no such number).
 */
export function numberProblem(table: Pick<Table, 'id' | 'rows' | 'schema' | 'file' | 'lines'>, row: Row, column: string): Said | undefined {
  const names = table.schema.columns.map((c) => c.name);
  if (!names.includes(column)) return say('data.unknownColumn', { dataset: table.id, column, columns: names.join(', ') }, closest(column, names));
  const value = row[column];
  if (typeof value === 'number') return undefined;
  if (value === null) {
    const line = table.lines?.[table.rows.indexOf(row)];
    return say('ref.emptyCell', { column, place: line === undefined ? table.file : `${table.file}:${line}` });
  }
  const numeric = table.schema.columns.filter((c) => isQuantity(c.type)).map((c) => c.name);
  return say('ref.notNumber', { column, dataset: table.id, columns: numeric.join(', ') }, closest(column, numeric));
}

/**
 * A number from one row; throws when it is missing, since a story cannot print a gap as a number.
 *
 * @example pickNumber(table, { province_code: '12', year: 2006 }, 'value') // 58.2
 */
export function pickNumber(table: Pick<Table, 'id' | 'rows' | 'schema' | 'file' | 'lines'>, where: Where, column: string): number {
  const row = pickRow(table, where);
  const problem = numberProblem(table, row, column);
  if (problem) throw new DataReferenceError(problem);
  return row[column] as number;
}

/**
 * A number from one row with the decimals its source printed (`3.0` gives `{ value: 3,
 * decimals: 1 }`, printed "3,0"); throws like `pickNumber`.
 *
 * @example pickPrinted(table, { province_code: '01', year: 2006 }, 'value') // { value: 3, decimals: 1 }
 */
export function pickPrinted(table: Pick<Table, 'id' | 'rows' | 'decimals' | 'schema' | 'file' | 'lines'>, where: Where, column: string): Printed {
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
  table: Pick<Table, 'id' | 'rows' | 'decimals' | 'schema' | 'file' | 'lines'>,
  from: Where,
  to: Where,
  column: string,
): Printed {
  return printedDifference(pickPrinted(table, from, column), pickPrinted(table, to, column));
}
