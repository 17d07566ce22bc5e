import type { Table } from '../data/table.ts';
import { barChart } from './barChart.ts';
import { chartBreaks } from './breaks.ts';
import { usedRows } from './chartSources.ts';
import { budgetChart } from './budgetChart.ts';
import type { ChartSpec } from './chartSpec.ts';
import type { ChartContext } from './context.ts';
import { coverageChart } from './coverageChart.ts';
import { lineChart } from './lineChart.ts';
import { mapChart } from './mapChart.ts';
import type { ChartModel } from './model.ts';
import { tableChart } from './tableChart.ts';

/**
 * The chart a spec describes, drawn from its dataset. Pure: the same call serves story pages,
 * chart pages, embeds and exports. Every chart carries the notes of the breaks its dataset
 * declares within its years: line and map charts also draw them (gaps, uncoloured provinces,
 * table marks); other types state them.
 */
export function buildChart(spec: ChartSpec, table: Table, context: ChartContext): ChartModel {
  const model = draw(spec, table, context);
  if (model.notes) return model;
  const year = table.schema.columns.find((column) => column.type === 'year')?.name;
  const breaks = year === undefined ? [] : chartBreaks(table, usedRows(table, spec), year);
  return { ...model, notes: breaks.map((b) => b.note) };
}

function draw(spec: ChartSpec, table: Table, context: ChartContext): ChartModel {
  switch (spec.type) {
    case 'line':
      return lineChart(table, spec);
    case 'bar':
      return barChart(table, spec, context);
    case 'coverage':
      return coverageChart(table, spec);
    case 'budget':
      return budgetChart(table, spec);
    case 'map':
      return mapChart(table, spec, context);
    case 'table':
      return tableChart(table, spec, context);
  }
}
