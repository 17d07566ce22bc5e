import type { Source } from '../data/datasetSchema.ts';
import { cellParts, creditedSources, sourceCredit } from '../data/sourceCredit.ts';
import type { Row, Table } from '../data/table.ts';
import { keyFields, type ChartSpec } from './chartSpec.ts';
import { chartRows } from './rows.ts';

/** The rows a chart actually draws: its filtered rows, narrowed to the keys a keyed chart picks. */
export function usedRows(table: Pick<Table, 'rows'>, spec: ChartSpec): Row[] {
  const keyed = keyFields(spec).filter((field) => field.once);
  const rows = chartRows(table, spec);
  if (keyed.length === 0) return rows;
  return rows.filter((row) => keyed.some((field) => field.values.some((value) => String(value) === String(row[field.column]))));
}

/**
 * The sources a chart credits: when the dataset has a `source_id` column, the sources the rows it
 * draws cite; otherwise all of the dataset's sources. Either way, not the sources that are only
 * how another was read (`credited: false`).
 */
export function chartSources(table: Pick<Table, 'rows' | 'schema'>, spec: ChartSpec): Source[] {
  const { sources, columns } = table.schema;
  const column = columns.find((c) => c.name === 'source_id');
  if (!column) return creditedSources(sources);
  // A row citing several sources lists them with the column's separator: `N-BQN-2022|P-MOLISA-2022`.
  const cited = new Set(usedRows(table, spec).flatMap((row) => cellParts(row.source_id, column)));
  return creditedSources(sources.filter((source) => source.id !== undefined && cited.has(source.id)));
}

/**
 * The "Nguồn:" line under a chart: the spec's own wording, or the publishers of its sources and
 * of the other datasets it joins (`joined`: a scatter's other axis, all their credited sources).
 *
 * @example sourceLine(table, spec) // 'Tổng cục Thống kê (GSO)'
 */
export function sourceLine(
  table: Pick<Table, 'rows' | 'schema'>,
  spec: ChartSpec,
  joined: readonly Pick<Table, 'schema'>[] = [],
): string {
  if (spec.source) return spec.source;
  const sources = [...chartSources(table, spec), ...joined.flatMap((other) => creditedSources(other.schema.sources))];
  return [...new Set(sources.map(sourceCredit))].join('; ');
}
