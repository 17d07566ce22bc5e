export { buildChart } from './buildChart.ts';
export { chartSpecSchema, columnFields, joinedDatasets, type ChartSpec, type ChartType } from './chartSpec.ts';
export type { ChartContext } from './context.ts';
export type { ChartModel, DataTableModel, LegendItem, MapYears, TableCell } from './model.ts';
export { readChartSpec } from './readChartSpec.ts';
export { valueFormatter, type ValueFormat } from './valueFormat.ts';
export { chartSources, sourceLine, usedRows } from './chartSources.ts';
