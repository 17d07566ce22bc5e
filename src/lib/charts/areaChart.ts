/**
 * The area chart: one series over the years filled down to zero, for a share or an amount whose
 * size matters (households with electricity), with an optional reference line (Cả nước). Drawn
 * by the line chart's renderer: the same years, gaps, breaks and labels, each run filled on its
 * own, so no area spans a missing year or a break. An area, not a step: the values are surveys
 * of given years, and a step would claim the value held until the next one.
 */
import { z } from 'zod';
import type { Table } from '../data/table.ts';
import { messageText } from '../ui/messages.ts';
import { chartType } from './chartType.ts';
import { bothLayouts } from './layout.ts';
import { lineData, lineTable, renderLine, type LineData } from './lineChart.ts';
import type { ChartModel } from './model.ts';
import { checkReference, checkSeries, referenceField, referenceSeries } from './referenceSeries.ts';
import { column, commonFields, text } from './specFields.ts';
import { seriesEntities } from './entityColour.ts';

export const areaSpecSchema = z.strictObject({
  ...commonFields,
  type: z.literal('area'),
  x: column,
  y: column,
  /** The column whose values name the series. */
  series: column,
  /** The series filled, e.g. a province. */
  area: z.strictObject({ series: text, label: text.optional() }),
  /** A series drawn as a line over the area, e.g. Cả nước. */
  reference: referenceField.optional(),
  breaks: z.undefined({ error: messageText('chart.breaksMoved') }).optional(),
});
export type AreaSpec = z.output<typeof areaSpecSchema>;

/**
 * The filled series, then the reference, on the filled series' years and breaks, each in its
 * entity's colour (`seriesEntities`: Cả nước always its own).
 */
export function areaData(table: Pick<Table, 'rows' | 'decimals' | 'schema'>, spec: AreaSpec): LineData {
  const own = lineData(table, { ...spec, highlight: [spec.area], context: false });
  if (!spec.reference) return own;
  const [area, reference] = seriesEntities([spec.area, spec.reference].map((s) => ({ name: s.series, label: s.label })));
  return {
    ...own,
    series: [{ ...own.series[0], colour: area }, referenceSeries(table, spec, spec.reference, own, reference)],
  };
}

/** An area chart: one series filled down to zero over the years, with an optional reference line. */
export function areaChart(table: Pick<Table, 'rows' | 'schema' | 'decimals'>, spec: AreaSpec): ChartModel {
  const data = areaData(table, spec);
  const fill = [spec.area.series];
  return {
    id: spec.id,
    type: 'area',
    svg: bothLayouts((layout) => renderLine(data, spec, layout, { fill })),
    table: lineTable(data, spec, table),
    notes: data.breaks.map((b) => b.note),
  };
}

export const areaType = chartType({
  type: 'area',
  schema: areaSpecSchema,
  columns: (spec) => [
    { path: ['x'], column: spec.x },
    { path: ['y'], column: spec.y, numeric: true },
    { path: ['series'], column: spec.series },
  ],
  keys: () => [],
  check: (spec, rows, table) => [
    ...checkSeries(table, rows, spec.series, spec.area.series, ['area', 'series']),
    ...checkReference(table, spec, spec.reference),
  ],
  build: areaChart,
});
