import type { Table } from '../data/table.ts';
import { chartBreaks } from './breaks.ts';
import { usedRows } from './chartSources.ts';
import { chartTypeOf, type ChartSpec } from './chartSpec.ts';
import type { ChartContext } from './context.ts';
import type { ChartModel } from './model.ts';

/**
 * The chart a spec describes, drawn from its dataset by its type's module. Pure: the same call
 * serves story pages, chart pages, embeds and exports. Every chart carries the notes of the
 * breaks its dataset declares within its years: types that draw them (gaps, uncoloured
 * provinces, table marks) return them; for the others they are stated here.
 */
export function buildChart(spec: ChartSpec, table: Table, context: ChartContext): ChartModel {
  const model = chartTypeOf(spec).build(table, spec, context);
  if (model.notes) return model;
  const year = table.schema.columns.find((column) => column.type === 'year')?.name;
  const breaks = year === undefined ? [] : chartBreaks(table, usedRows(table, spec), year);
  return { ...model, notes: breaks.map((b) => b.note) };
}
