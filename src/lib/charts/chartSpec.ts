/**
 * The registry of chart types. A chart spec is one YAML file per chart in `src/content/charts/`;
 * its `type` picks one of the modules below, which holds everything about that type (its fields,
 * the columns and values it reads, its checks, its drawing). A new type is one module, listed
 * here twice: in the schema's union and in `chartTypes`, which must name every type of the union.
 */
import { z } from 'zod';
import { barType } from './barChart.ts';
import { budgetType } from './budgetChart.ts';
import type { ChartTypeModule, ColumnField, KeyField } from './chartType.ts';
import { coverageType } from './coverageChart.ts';
import { dumbbellType } from './dumbbellChart.ts';
import { lineType } from './lineChart.ts';
import { mapType } from './mapChart.ts';
import { scatterType } from './scatterChart.ts';
import { tableType } from './tableChart.ts';
import { multiplesType } from './multiplesChart.ts';
import { stackedType } from './stackedChart.ts';
import { areaType } from './areaChart.ts';

export const chartSpecSchema = z.discriminatedUnion('type', [
  lineType.schema,
  barType.schema,
  coverageType.schema,
  budgetType.schema,
  mapType.schema,
  tableType.schema,
  multiplesType.schema,
  stackedType.schema,
  areaType.schema,
  dumbbellType.schema,
  scatterType.schema,
]);

export type ChartSpec = z.output<typeof chartSpecSchema>;
export type ChartType = ChartSpec['type'];
export type SpecOf<T extends ChartType> = Extract<ChartSpec, { type: T }>;
export type { LineSpec } from './lineChart.ts';
export type { BarSpec } from './barChart.ts';
export type { CoverageSpec } from './coverageChart.ts';
export type { BudgetSpec } from './budgetChart.ts';
export type { MapSpec } from './mapChart.ts';
export type { TableSpec } from './tableChart.ts';
export type { MultiplesSpec } from './multiplesChart.ts';
export type { StackedSpec } from './stackedChart.ts';
export type { AreaSpec } from './areaChart.ts';
export type { DumbbellSpec } from './dumbbellChart.ts';
export type { ScatterSpec } from './scatterChart.ts';

/** Every type's module, by type: the compiler refuses a type of the union left out here. */
export const chartTypes = {
  line: lineType,
  bar: barType,
  coverage: coverageType,
  budget: budgetType,
  map: mapType,
  table: tableType,
  multiples: multiplesType,
  stacked: stackedType,
  area: areaType,
  dumbbell: dumbbellType,
  scatter: scatterType,
} satisfies { [T in ChartType]: ChartTypeModule<SpecOf<T>> };

/** The module of a spec's type. */
export function chartTypeOf<S extends ChartSpec>(spec: S): ChartTypeModule<S> {
  return chartTypes[spec.type as ChartType] as unknown as ChartTypeModule<S>;
}

/** The spec fields that name a dataset column, with their paths, for validation: the filter's and the type's. */
export function columnFields(spec: ChartSpec): ColumnField[] {
  const filters = Object.keys(spec.filter).map((name) => ({ path: ['filter', name], column: name }));
  return [...filters, ...chartTypeOf(spec).columns(spec)];
}

/** The other datasets a spec reads besides its own (a scatter's other axis), each once. */
export function joinedDatasets(spec: ChartSpec): string[] {
  const named = columnFields(spec).map((field) => field.dataset);
  return [...new Set(named.filter((id): id is string => id !== undefined && id !== spec.dataset))];
}

/** The values the spec names that must pick rows (highlighted series, keys). */
export function keyFields(spec: ChartSpec): KeyField[] {
  return chartTypeOf(spec).keys(spec);
}
