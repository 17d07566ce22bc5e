import type { Table } from './table.ts';

export interface DatasetSummary {
  rowCount: number;
  /** Distinct years with at least one row, ascending; empty when the table has no year column. */
  years: number[];
}

/**
 * What a catalog line says about a table: how many rows, which years.
 *
 * @example datasetSummary(table) // { rowCount: 568, years: [2006, 2008, 2010, 2012, …] }
 */
export function datasetSummary(table: Pick<Table, 'schema' | 'rows'>): DatasetSummary {
  const yearColumns = table.schema.columns.filter((column) => column.type === 'year').map((column) => column.name);
  const years = new Set<number>();
  for (const row of table.rows) {
    for (const name of yearColumns) {
      const year = row[name];
      if (typeof year === 'number') years.add(year);
    }
  }
  return { rowCount: table.rows.length, years: [...years].sort((a, b) => a - b) };
}
