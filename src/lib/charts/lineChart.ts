import { extent, max, ticks } from 'd3-array';
import * as Plot from '@observablehq/plot';
import { printedDecimalsOf } from '../data/printed.ts';
import type { Table } from '../data/table.ts';
import { compareVi } from '../format/collate.ts';
import type { Markup } from '../svg/svg.ts';
import { chartBreaks, seriesCodes, splits, tableMarks, withBreakMark, type ChartBreak } from './breaks.ts';
import { z } from 'zod';
import { messageText } from '../ui/messages.ts';
import { chartType } from './chartType.ts';
import { column, commonFields, text } from './specFields.ts';
import { entityClass, seriesEntities, type Entity } from './entityColour.ts';
import { fitText, fittingTicks, bothLayouts, textWidth, type Layout } from './layout.ts';
import { palette } from './palette.ts';
import { perDatum, plotSvg } from './plot/plotSvg.ts';
import { margins, tickLabels, unitLabel, valueGrid } from './plot/marks.ts';
import type { ChartModel, DataTableModel } from './model.ts';
import { chartRows, columnLabel, numberOf } from './rows.ts';
import { axisUnit, columnDecimals, tickFormatter, valueFormatter } from './valueFormat.ts';

export const lineSpecSchema = z.strictObject({
  ...commonFields,
  type: z.literal('line'),
  x: column,
  y: column,
  /** The column whose values name the series (a province, a region, the country). */
  series: column,
  /** Series drawn in colour and labelled at the line end; the rest are grey. */
  highlight: z
    .array(z.strictObject({ series: text, label: text.optional() }))
    .min(1)
    .max(4),
  /** Draw the series that are not highlighted, in grey. */
  context: z.boolean().default(true),
  /**
   * No longer here: a break is declared once, in the data (the dataset's `.schema.yaml`, or
   * data/geo/boundary-changes.csv), and every chart of the dataset honours it.
   */
  breaks: z.undefined({ error: messageText('chart.breaksMoved') }).optional(),
});
export type LineSpec = z.output<typeof lineSpecSchema>;

export interface LinePoint {
  x: number;
  y: number | null;
  /** The decimals the source printed `y` with (the CSV writes it so); unknown (shortest form) when absent. */
  decimals?: number;
}

export interface LineSeries {
  name: string;
  label: string;
  /** The entity whose colour a highlighted series takes (see `seriesEntities`); null for grey context. */
  colour: Entity | null;
  /** The province codes of its rows (none for the country or a region): the breaks it honours. */
  codes: string[];
  points: LinePoint[];
  /** Runs of points drawn as one line: split at missing values and at every declared break that splits the series. */
  segments: { x: number; y: number }[][];
}

export interface LineData {
  series: LineSeries[];
  xs: number[];
  /** The dataset's breaks within the chart's years that split a drawn series, numbered for notes and marks. */
  breaks: ChartBreak[];
  /** The decimals every value is shown with, in tooltips and the table: the column's (`columnDecimals`). */
  decimals?: number;
}

/**
 * Splits points into drawable runs: a run ends at a missing value, and before a year from which
 * a new standard applies. A line is never drawn through missing data or across a break.
 *
 * @example lineSegments([{ x: 2008, y: 1 }, { x: 2010, y: 2 }], [2010]) // [[{x:2008,y:1}], [{x:2010,y:2}]]
 */
export function lineSegments(points: LinePoint[], breaksBefore: number[]): { x: number; y: number }[][] {
  const segments: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  let previousX: number | undefined;
  for (const { x, y } of points) {
    const crossesBreak = previousX !== undefined && breaksBefore.some((year) => previousX! < year && year <= x);
    if (y === null || crossesBreak) {
      if (current.length > 0) segments.push(current);
      current = [];
    }
    if (y !== null) current.push({ x, y });
    previousX = x;
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

/**
 * The series of a line chart: highlighted first (in spec order), each in its entity's colour
 * (the same in every chart), then the grey context. Each
 * series breaks at its missing years and at every break its dataset declares for it (a change of
 * standard for all, a boundary change for the provinces it touched).
 */
export function lineData(
  table: Pick<Table, 'rows' | 'decimals' | 'schema'>,
  spec: Pick<LineSpec, 'filter' | 'x' | 'y' | 'series' | 'highlight' | 'context'>,
): LineData {
  const highlightNames = new Set(spec.highlight.map((h) => h.series));
  const rows = chartRows(table, spec).filter((row) => spec.context || highlightNames.has(String(row[spec.series])));
  const decimalsOf = printedDecimalsOf(table);
  const xs = [...new Set(rows.map((row) => numberOf(row, spec.x)).filter((x): x is number => x !== null))].sort((a, b) => a - b);
  const byName = new Map<string, Map<number, Omit<LinePoint, 'x'>>>();
  for (const row of rows) {
    const name = String(row[spec.series]);
    const x = numberOf(row, spec.x);
    if (x === null) continue;
    if (!byName.has(name)) byName.set(name, new Map());
    byName.get(name)!.set(x, { y: numberOf(row, spec.y), decimals: decimalsOf(row, spec.y) });
  }
  const breaks = chartBreaks(table, rows, spec.x);
  const codesOf = seriesCodes(table, rows, spec.series);
  const makeSeries = (name: string, label: string, colour: Entity | null): LineSeries => {
    const values = byName.get(name) ?? new Map();
    // Every year of the chart: a year the series lacks is a gap, not skipped over.
    const points = xs.map((x) => ({ x, y: null, ...values.get(x) }));
    const codes = [...(codesOf.get(name) ?? [])];
    const breaksBefore = breaks.filter((b) => splits(b, codes)).map((b) => b.before);
    return { name, label, colour, codes, points, segments: lineSegments(points, breaksBefore) };
  };
  const entities = seriesEntities(spec.highlight.map((h) => ({ name: h.series, label: h.label })));
  const highlighted = spec.highlight.map((h, i) => makeSeries(h.series, h.label ?? h.series, entities[i]));
  const context = spec.context
    ? [...byName.keys()]
        .filter((name) => !highlightNames.has(name))
        .sort(compareVi)
        .map((name) => makeSeries(name, name, null))
    : [];
  const series = [...highlighted, ...context];
  const values = series.flatMap((s) => s.points.map((p) => ({ value: p.y, decimals: p.decimals })));
  return { series, xs, breaks, decimals: columnDecimals(values) };
}

/** How opaque an area's fill is: light enough for grid lines and a reference line to show through. */
export const AREA_OPACITY = 0.2;

/** Places end labels top to bottom without overlap, as close to their line ends as possible. */
function spreadLabels(wanted: number[], gap: number, min: number, maxY: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k].y = Math.max(order[k].y, order[k - 1].y + gap);
  const overflow = order.length > 0 ? order[order.length - 1].y - maxY : 0;
  if (overflow > 0) for (const o of order) o.y = Math.max(min, o.y - overflow);
  const placed = new Array<number>(wanted.length);
  for (const o of order) placed[o.i] = o.y;
  return placed;
}

/**
 * The breaks drawn as a rule with a label: those that split every series or a highlighted one (a
 * break of grey lines only is told in the notes). Each rule sits between the last year before the
 * break and the first on the new basis; labels stay right of the y axis (its unit is there) and
 * inside the chart, and labels that would overlap are put in rows, 0 the lowest.
 */
function breakRules(data: LineData, x: (n: number) => number, fontSize: number, [left, right]: [number, number]) {
  const highlighted = data.series.filter((s) => s.colour);
  const rowEnds: number[] = [];
  return data.breaks
    .filter((b) => b.provinces === null || highlighted.some((s) => splits(b, s.codes)))
    .map((b) => {
      const last = data.xs.filter((year) => year < b.before).at(-1)!;
      const first = data.xs.find((year) => year >= b.before)!;
      const at = (x(last) + x(first)) / 2;
      const half = textWidth(b.label, fontSize * 0.9) / 2;
      const labelX = Math.min(Math.max(at, left + half), right - half);
      let row = rowEnds.findIndex((end) => end + fontSize * 0.5 <= labelX - half);
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = labelX + half;
      return { x: at, labelX, row, label: b.label };
    });
}

/**
 * A line chart's SVG for one layout. `fill` names series drawn as areas down to zero (the area
 * chart): each run is filled on its own, so no area spans a gap or a break.
 */
export function renderLine(
  data: LineData,
  spec: Pick<LineSpec, 'id' | 'format'>,
  layout: Layout,
  { fill = [] }: { fill?: string[] } = {},
): Markup {
  const { width, fontSize } = layout;
  const colours = palette.light;
  const format = valueFormatter(spec.format);
  // Ticks are round numbers: no fixed decimals (60, not 60,0).
  const tickFormat = tickFormatter(spec.format);
  const highlighted = data.series.filter((s) => s.colour);
  const lastPoint = (s: LineSeries) => s.segments.at(-1)?.at(-1);
  const labelWidth = max(highlighted, (s) => textWidth(s.label, fontSize, 600)) ?? 0;
  const margin = {
    top: fontSize * 2,
    right: Math.min(labelWidth + 12, width * 0.45),
    bottom: fontSize * 2.5,
    left: fontSize * 3,
  };
  const height = Math.round(width * (width < 400 ? 0.85 : 0.56));
  const [x0, x1] = extent(data.xs) as [number, number];
  const x = Plot.scale({ x: { domain: [x0, x1], range: [margin.left, width - margin.right] } });
  const rules = breakRules(data, (n) => x.apply(n), fontSize, [margin.left, width]);
  // Each extra row of break labels takes its height from the plot.
  margin.top += Math.max(0, ...rules.map((r) => r.row)) * fontSize * 1.1;
  const yMax = max(data.series, (s) => max(s.points, (p) => p.y)) ?? 1;
  const y = Plot.scale({ y: { domain: [0, yMax], nice: true, range: [height - margin.bottom, margin.top] } });
  const [y0, y1] = y.domain as [number, number];
  const yTicks = ticks(y0, y1, 5);
  const unit = axisUnit(spec.format);
  const ends = highlighted.map((s) => y.apply(lastPoint(s)?.y ?? 0));
  const labelYs = spreadLabels(ends, fontSize * 1.15, margin.top, height - margin.bottom);
  const runs = (series: LineSeries[]) =>
    series.flatMap((s, i) =>
      s.segments.filter((seg) => seg.length > 1 || !s.colour).flatMap((seg, j) => seg.map((p) => ({ ...p, run: `${i}-${j}` }))),
    );

  return plotSvg(
    { id: spec.id, width, height, fontSize },
    {
      ...margins(margin),
      x: { domain: [x0, x1] },
      y: { domain: [y0, y1] },
      marks: [
        ...valueGrid('y', yTicks),
        tickLabels('y', yTicks, {
          tickFormat: (n: number) => tickFormat(n).replace(/%$/, ''),
        }),
        unit ? unitLabel(unit, fontSize) : null,
        tickLabels(
          'x',
          fittingTicks(data.xs, (n) => x.apply(n), fontSize * 3),
          { tickFormat: String },
        ),
        Plot.ruleX(rules, {
          x: (r: (typeof rules)[number]) => x.invert!(r.x),
          className: 'break',
          stroke: colours.muted,
          strokeDasharray: '3 3',
        }),
        // Above the plot, where no line or point can cover it; a label that would overlap another goes a row up.
        ...[...new Set(rules.map((r) => r.row))].map((row) =>
          Plot.text(
            rules.filter((r) => r.row === row),
            {
              className: 'break',
              x: (r: (typeof rules)[number]) => x.invert!(r.labelX),
              frameAnchor: 'top',
              dy: -fontSize * (0.5 + 1.1 * row),
              lineAnchor: 'bottom',
              text: 'label',
              fontSize: fontSize * 0.9,
              fill: colours.muted,
            },
          ),
        ),
        Plot.line(runs(data.series.filter((s) => !s.colour)), {
          className: 'series context',
          x: 'x',
          y: 'y',
          z: 'run',
          stroke: colours.context,
          strokeWidth: 1,
        }),
        ...highlighted.flatMap((s, i) => {
          const colour = palette.entities[s.colour!].light;
          const className = `series highlight ${entityClass(s.colour!)}`;
          const points = s.points.filter((p): p is LinePoint & { y: number } => p.y !== null);
          return [
            fill.includes(s.name)
              ? Plot.areaY(runs([s]), {
                  className: `${className} area`,
                  x: 'x',
                  y: 'y',
                  z: 'run',
                  fill: colour,
                  fillOpacity: AREA_OPACITY,
                })
              : null,
            Plot.line(runs([s]), { className, x: 'x', y: 'y', z: 'run', stroke: colour, strokeWidth: 2.5 }),
            Plot.dot(points, {
              className,
              x: 'x',
              y: 'y',
              r: 3.5,
              fill: colour,
              render: perDatum(points, (p) => ({
                class: 'point',
                'data-label': `${s.label}, ${p.x}`,
                'data-value': format(p.y, data.decimals),
              })),
            }),
            Plot.text([fitText(s.label, fontSize, margin.right - 8, 600)], {
              className,
              x: () => x1,
              y: () => y.invert!(labelYs[i]),
              dx: 6,
              text: (label: string) => label,
              textAnchor: 'start',
              fill: colour,
              fontWeight: 600,
              render: perDatum([0], () => ({ class: 'end-label' })),
            }),
          ];
        }),
      ],
    },
  );
}

/** The data table of a chart of series by year: one row per series, one column per year, break marks included. */
export function lineTable(
  data: LineData,
  spec: Pick<LineSpec, 'format' | 'series'>,
  table: Pick<Table, 'schema'>,
): DataTableModel {
  const format = valueFormatter(spec.format);
  const marks = tableMarks(
    data.breaks,
    data.xs,
    data.series.map((s) => ({ codes: s.codes, values: s.points.map((p) => p.y) })),
  );
  return {
    columns: [
      { label: columnLabel(table, spec.series), numeric: false },
      ...data.xs.map((x, i) => ({ label: String(x), numeric: true, ...withBreakMark(marks.years[i]) })),
    ],
    rows: data.series.map((s, r) => [
      { text: s.label, sort: s.label },
      ...s.points.map((p, i) => ({
        text: p.y === null ? '–' : format(p.y, data.decimals),
        sort: p.y,
        decimals: p.decimals,
        ...withBreakMark(marks.cells[r][i]),
      })),
    ]),
  };
}

/** A line chart: trends over years, highlighted series in colour and labelled at the line end, the rest in grey. */
export function lineChart(table: Pick<Table, 'rows' | 'schema' | 'decimals'>, spec: LineSpec): ChartModel {
  const data = lineData(table, spec);
  return {
    id: spec.id,
    type: 'line',
    svg: bothLayouts((layout) => renderLine(data, spec, layout)),
    table: lineTable(data, spec, table),
    notes: data.breaks.map((b) => b.note),
  };
}

export const lineType = chartType({
  type: 'line',
  schema: lineSpecSchema,
  columns: (spec) => [
    { path: ['x'], column: spec.x },
    { path: ['y'], column: spec.y, numeric: true },
    { path: ['series'], column: spec.series },
  ],
  keys: (spec) => [{ path: ['highlight'], column: spec.series, values: spec.highlight.map((h) => h.series) }],
  build: lineChart,
});
