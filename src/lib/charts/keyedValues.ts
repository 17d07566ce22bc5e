import type { Table } from '../data/table.ts';
import { chartRows, numberOf } from './rows.ts';
import type { ChartSpec } from './chartSpec.ts';

/**
 * The value of each key in a long table (`indicator,value` rows), for charts that pick rows by
 * key. A key that is missing or repeated after filtering throws: a chart never guesses which
 * row was meant.
 */
export function keyedValues(
  table: Pick<Table, 'rows'>,
  spec: ChartSpec & { key: string; value: string },
  keys: string[],
): Map<string, number | null> {
  const rows = chartRows(table, spec);
  return new Map(
    keys.map((key) => {
      const matches = rows.filter((row) => row[spec.key] === key);
      if (matches.length !== 1) {
        throw new Error(
          `chart ${spec.id}: ${matches.length} rows have ${spec.key} = "${key}" after the filter; exactly one is needed`,
        );
      }
      return [key, numberOf(matches[0], spec.value)];
    }),
  );
}
