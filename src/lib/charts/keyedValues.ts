import { printedDecimalsOf } from '../data/printed.ts';
import type { Table } from '../data/table.ts';
import { chartRows, numberOf } from './rows.ts';
import type { ChartSpec } from './chartSpec.ts';

/** A key's value (null when missing) and the decimals its source printed it with, when known. */
export interface KeyedValue {
  value: number | null;
  decimals?: number;
}

/**
 * The value of each key in a long table (`indicator,value` rows), for charts that pick rows by
 * key. A key that is missing or repeated after filtering throws: a chart never guesses which
 * row was meant.
 */
export function keyedValues(
  table: Pick<Table, 'rows' | 'decimals'>,
  spec: ChartSpec & { key: string; value: string },
  keys: string[],
): Map<string, KeyedValue> {
  const rows = chartRows(table, spec);
  const decimalsOf = printedDecimalsOf(table);
  return new Map(
    keys.map((key) => {
      const matches = rows.filter((row) => row[spec.key] === key);
      if (matches.length !== 1) {
        throw new Error(
          `chart ${spec.id}: ${matches.length} rows have ${spec.key} = "${key}" after the filter; exactly one is needed`,
        );
      }
      return [key, { value: numberOf(matches[0], spec.value), decimals: decimalsOf(matches[0], spec.value) }];
    }),
  );
}
