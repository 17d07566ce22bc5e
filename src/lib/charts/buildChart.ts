import type { Table } from '../data/table.ts';
import { barChart } from './barChart.ts';
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
 * chart pages, embeds and exports.
 */
export function buildChart(spec: ChartSpec, table: Table, context: ChartContext): ChartModel {
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
