/**
 * A reference series (Cả nước, a region) drawn beside a chart's own series: by name from the
 * same dataset, on the chart's years, broken at the same breaks. Its rows often lie outside the
 * chart's filter (a `region` keeps only provinces), so it has a filter of its own: by default the
 * chart's, without the province code column that `region` filters on.
 */
import type { Entity } from './entityColour.ts';
import { z } from 'zod';
import type { Row, Table } from '../data/table.ts';
import { say } from '../ui/messages.ts';
import { provinceColumn, splits, type ChartBreak } from './breaks.ts';
import type { SpecProblem } from './chartType.ts';
import { lineData, lineSegments, type LineSeries, type LineSpec } from './lineChart.ts';
import { chartRows } from './rows.ts';
import { commonFields, text } from './specFields.ts';

export const referenceField = z.strictObject({
  /** The value of the series column that names it, e.g. `Cả nước`. */
  series: text,
  label: text.optional(),
  /** Replaces the chart's filter for the reference rows, e.g. `{ level: country }`. */
  filter: commonFields.filter.optional(),
});
export type ReferenceField = z.output<typeof referenceField>;

type SeriesSpec = Pick<LineSpec, 'filter' | 'x' | 'y' | 'series'>;

/** The filter the reference rows are picked by: its own, or the chart's without the province codes. */
function referenceFilter(table: Pick<Table, 'schema'>, spec: SeriesSpec, reference: ReferenceField): SeriesSpec['filter'] {
  if (reference.filter) return reference.filter;
  const codes = provinceColumn(table);
  return Object.fromEntries(Object.entries(spec.filter).filter(([column]) => column !== codes));
}

/** The rows of the reference series. */
export function referenceRows(table: Pick<Table, 'rows' | 'schema'>, spec: SeriesSpec, reference: ReferenceField): Row[] {
  const rows = chartRows(table, { filter: referenceFilter(table, spec, reference) });
  return rows.filter((row) => String(row[spec.series]) === reference.series);
}

/** A problem when no row of `rows` has `value` in the series column (a spec check, at `path`). */
export function checkSeries(
  table: Pick<Table, 'id'>,
  rows: readonly Row[],
  column: string,
  value: string,
  path: (string | number)[],
): SpecProblem[] {
  if (rows.some((row) => String(row[column]) === value)) return [];
  return [{ path, value, said: say('data.noRowWithValue', { dataset: table.id, column, value }) }];
}

/** A problem when the reference names no rows (a spec check). */
export function checkReference(
  table: Pick<Table, 'rows' | 'schema' | 'id'>,
  spec: SeriesSpec,
  reference: ReferenceField | undefined,
): SpecProblem[] {
  if (!reference) return [];
  return checkSeries(table, referenceRows(table, spec, reference), spec.series, reference.series, ['reference', 'series']);
}

/**
 * The reference series on the chart's years (a year it lacks is a gap), split at its missing
 * years and at the chart's breaks that split it (a break of every series; it has no province code).
 *
 * @example referenceSeries(table, spec, { series: 'Cả nước' }, { xs: [2006, 2008], breaks: [] }, 'country')
 */
export function referenceSeries(
  table: Pick<Table, 'rows' | 'decimals' | 'schema'>,
  spec: SeriesSpec,
  reference: ReferenceField,
  chart: { xs: number[]; breaks: ChartBreak[] },
  colour: Entity | null,
): LineSeries {
  const own = lineData(table, {
    ...spec,
    filter: referenceFilter(table, spec, reference),
    highlight: [{ series: reference.series, label: reference.label }],
    context: false,
  }).series[0];
  const byX = new Map(own.points.map((p) => [p.x, p]));
  const points = chart.xs.map((x) => byX.get(x) ?? { x, y: null });
  const breaksBefore = chart.breaks.filter((b) => splits(b, own.codes)).map((b) => b.before);
  return { ...own, colour, points, segments: lineSegments(points, breaksBefore) };
}
