/**
 * Small multiples: one small line chart per series (a province), in a grid, all on one y scale
 * so that panels compare at a glance, each titled with its series' name. The series, their gaps
 * and breaks come from the line chart's `lineData`; a reference series (Cả nước) is drawn in grey
 * in every panel. Drawn with Plot's `fx`/`fy` facets: marks without facet channels (grid,
 * reference) repeat in every panel, axes sit on the outer panels.
 */
import { max, ticks } from 'd3-array';
import * as Plot from '@observablehq/plot';
import { z } from 'zod';
import type { Table } from '../data/table.ts';
import type { Markup } from '../svg/svg.ts';
import { messageText } from '../ui/messages.ts';
import { splits, type ChartBreak } from './breaks.ts';
import { chartType } from './chartType.ts';
import { fitText, bothLayouts, textWidth, type Layout } from './layout.ts';
import { lineData, lineTable, type LinePoint, type LineSeries } from './lineChart.ts';
import type { ChartModel } from './model.ts';
import { palette } from './palette.ts';
import { perDatum, plotSvg } from './plot/plotSvg.ts';
import { margins, tickLabels, unitLabel, valueGrid } from './plot/marks.ts';
import { checkReference, referenceField, referenceSeries } from './referenceSeries.ts';
import { column, commonFields } from './specFields.ts';
import { axisUnit, valueFormatter } from './valueFormat.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export const multiplesSpecSchema = z.strictObject({
  ...commonFields,
  type: z.literal('multiples'),
  x: column,
  y: column,
  /** The column whose values name the series: one panel each. */
  series: column,
  /** A series drawn in grey in every panel, e.g. Cả nước. */
  reference: referenceField.optional(),
  breaks: z.undefined({ error: messageText('chart.breaksMoved') }).optional(),
});
export type MultiplesSpec = z.output<typeof multiplesSpecSchema>;

export interface MultiplesData {
  /** One per panel, in Vietnamese alphabetical order. */
  panels: LineSeries[];
  reference: LineSeries | null;
  xs: number[];
  breaks: ChartBreak[];
}

/**
 * The panels of a small-multiples chart: every series of the chart's rows but the reference,
 * in Vietnamese order, each split at its missing years and at the breaks that split it.
 */
export function multiplesData(table: Pick<Table, 'rows' | 'decimals' | 'schema'>, spec: MultiplesSpec): MultiplesData {
  const lines = lineData(table, { ...spec, highlight: [], context: true });
  const panels = lines.series.filter((s) => s.name !== spec.reference?.series);
  const reference = spec.reference ? referenceSeries(table, spec, spec.reference, lines, null) : null;
  return { panels, reference, xs: lines.xs, breaks: lines.breaks };
}

/** Columns of the grid: 2 on a phone; 4 or 5 on a desktop, whichever leaves fewer empty panels (4 on a tie). */
export function gridColumns(panels: number, layout: Layout): number {
  if (layout.width < 400) return 2;
  return (5 - (panels % 5)) % 5 < (4 - (panels % 4)) % 4 ? 5 : 4;
}

/** A point of a panel, with its grid cell. */
interface PanelPoint {
  x: number;
  y: number;
  col: number;
  row: number;
  run: string;
}

interface KeyItem {
  kind: 'reference' | 'break';
  text: string;
  /** Its left edge, from the plot's left margin. */
  at: number;
}

/**
 * The key above the panels, drawn by hand as one group (Plot has no legend for marks): a short line per
 * item, grey for the reference, dashed for a break, and its text.
 */
function keyMark(items: KeyItem[], { left, y, fontSize }: { left: number; y: number; fontSize: number }): Plot.RenderFunction {
  const colours = palette.light;
  return (_index, _scales, _values, _dimensions, context) => {
    const document = context.document;
    const element = (name: string, attributes: Record<string, string | number>) => {
      const node = document.createElementNS(SVG_NS, name);
      for (const [attribute, value] of Object.entries(attributes)) node.setAttribute(attribute, String(value));
      return node;
    };
    const group = element('g', { class: 'key' });
    for (const item of items) {
      const x = left + item.at;
      const reference = item.kind === 'reference';
      const line = element('line', {
        class: reference ? 'reference-series' : 'break',
        x1: x,
        x2: x + fontSize * 1.5,
        y1: y,
        y2: y,
        stroke: reference ? colours.baseline : colours.muted,
        'stroke-width': reference ? 1.5 : 1,
        ...(reference ? {} : { 'stroke-dasharray': '3 3' }),
      });
      const text = element('text', { x: x + fontSize * 2, y, dy: '0.32em', 'text-anchor': 'start', fill: colours.muted });
      text.textContent = item.text;
      group.append(line, text);
    }
    return group as unknown as SVGElement;
  };
}

function renderMultiples(data: MultiplesData, spec: MultiplesSpec, layout: Layout): Markup {
  const { width, fontSize } = layout;
  const colours = palette.light;
  const format = valueFormatter(spec.format);
  const tickFormat = valueFormatter({ ...spec.format, digits: undefined });
  const columns = gridColumns(data.panels.length, layout);
  const rows = Math.ceil(data.panels.length / columns);
  const cell = (i: number) => ({ col: i % columns, row: Math.floor(i / columns) });
  const hasKey = data.reference !== null || data.breaks.length > 0;
  const titleHeight = fontSize * 1.5;
  const xAxisHeight = fontSize * 1.8;
  const margin = {
    top: (hasKey ? fontSize * 1.8 : 0) + titleHeight,
    right: fontSize * 0.5,
    bottom: xAxisHeight,
    left: fontSize * 2.6,
  };
  const panelHeight = Math.round(width < 400 ? fontSize * 7 : fontSize * 6);
  // Between rows: the x axis of a column whose last panel is above an empty cell, and the next title.
  const rowGap = titleHeight + fontSize * 0.6;
  const columnGap = fontSize * 1.2;
  const height = Math.round(margin.top + rows * panelHeight + (rows - 1) * rowGap + margin.bottom);
  const panelWidth = (width - margin.left - margin.right - (columns - 1) * columnGap) / columns;
  const yMax = max([...data.panels, ...(data.reference ? [data.reference] : [])], (s) => max(s.points, (p) => p.y)) ?? 1;
  const y = Plot.scale({ y: { domain: [0, yMax], nice: true, range: [panelHeight, 0] } });
  const [y0, y1] = y.domain as [number, number];
  const yTicks = ticks(y0, y1, 3);
  // Years inset from the panel's edges, so that the end ticks of neighbouring panels do not collide.
  const inset = fontSize * 1.2;
  // The first and the last year: a panel is too narrow for more.
  const xTicks = [...new Set([data.xs[0], data.xs.at(-1)!])];
  const unit = axisUnit(spec.format);

  const panelRuns = data.panels.flatMap((s, i): PanelPoint[] =>
    s.segments.flatMap((seg, j) => seg.map((p) => ({ ...p, ...cell(i), run: `${i}-${j}` }))),
  );
  const points = data.panels.flatMap((s, i) =>
    s.points
      .filter((p): p is LinePoint & { y: number } => p.y !== null)
      .map((p) => ({ ...p, ...cell(i), label: `${s.label}, ${p.x}` })),
  );
  const titles = data.panels.map((s, i) => ({ ...cell(i), text: fitText(s.label, fontSize, panelWidth, 600) }));
  const referenceRuns = data.reference
    ? data.reference.segments.flatMap((seg, j) => seg.map((p) => ({ ...p, run: `r-${j}` })))
    : [];
  // A break is drawn as a dashed rule in each panel whose series it splits, between the years around it.
  const breakRules = data.panels.flatMap((s, i) =>
    data.breaks
      .filter((b) => splits(b, s.codes))
      .map((b) => {
        const last = data.xs.filter((year) => year < b.before).at(-1)!;
        const first = data.xs.find((year) => year >= b.before)!;
        return { x: (last + first) / 2, ...cell(i) };
      }),
  );
  const key: Omit<KeyItem, 'at'>[] = [
    ...(data.reference ? [{ kind: 'reference' as const, text: data.reference.label }] : []),
    ...(data.breaks.length > 0 ? [{ kind: 'break' as const, text: 'điểm gãy, xem ghi chú' }] : []),
  ];
  let keyX = 0;
  const keyItems: KeyItem[] = key.map((item) => {
    const at = keyX;
    keyX += fontSize * 2 + textWidth(item.text, fontSize) + fontSize;
    return { ...item, at };
  });
  const keyY = -(titleHeight + fontSize * 1.1);

  return plotSvg(
    { id: spec.id, width, height, fontSize },
    {
      ...margins(margin),
      fx: {
        axis: null,
        domain: Array.from({ length: columns }, (_, i) => i),
        paddingInner: columnGap / (panelWidth + columnGap),
      },
      fy: { axis: null, domain: Array.from({ length: rows }, (_, i) => i), paddingInner: rowGap / (panelHeight + rowGap) },
      x: { domain: [data.xs[0], data.xs.at(-1)!], inset },
      y: { domain: [y0, y1] },
      marks: [
        ...valueGrid('y', yTicks),
        // Closer to their small panels than a full chart's.
        tickLabels('y', yTicks, { tickPadding: 4, tickFormat: (n: number) => tickFormat(n).replace(/%$/, '') }),
        tickLabels('x', xTicks, { tickPadding: 4, tickFormat: String }),
        Plot.ruleX(breakRules, {
          className: 'break',
          x: 'x',
          fx: 'col',
          fy: 'row',
          stroke: colours.muted,
          strokeDasharray: '3 3',
        }),
        Plot.line(referenceRuns, {
          className: 'series context reference-series',
          x: 'x',
          y: 'y',
          z: 'run',
          stroke: colours.baseline,
          strokeWidth: 1.5,
        }),
        Plot.line(panelRuns, {
          className: 'series highlight c1',
          x: 'x',
          y: 'y',
          z: 'run',
          fx: 'col',
          fy: 'row',
          stroke: colours.c1,
          strokeWidth: 2,
        }),
        Plot.dot(points, {
          className: 'series highlight c1',
          x: 'x',
          y: 'y',
          fx: 'col',
          fy: 'row',
          r: 2.5,
          fill: colours.c1,
          render: perDatum(points, (p) => ({ class: 'point', 'data-label': p.label, 'data-value': format(p.y, p.decimals) })),
        }),
        Plot.text(titles, {
          className: 'panel-title',
          fx: 'col',
          fy: 'row',
          text: 'text',
          frameAnchor: 'top-left',
          dy: -fontSize * 0.6,
          lineAnchor: 'bottom',
          textAnchor: 'start',
          fill: colours.text,
          fontWeight: 600,
        }),
        unit ? unitLabel(unit, fontSize, { facet: 'super', dx: -4, dy: -fontSize * 0.6 }) : null,
        // Drawn once, over the whole grid: a mark of the `super` facet.
        keyItems.length > 0
          ? Plot.text(['key'], {
              facet: 'super',
              frameAnchor: 'top-left',
              render: keyMark(keyItems, { left: margin.left, y: margin.top + keyY, fontSize }),
            })
          : null,
      ],
    },
  );
}

/** Small multiples: one small line chart per series, on one y scale, with an optional grey reference in each. */
export function multiplesChart(table: Pick<Table, 'rows' | 'schema' | 'decimals'>, spec: MultiplesSpec): ChartModel {
  const data = multiplesData(table, spec);
  const series = [...data.panels, ...(data.reference ? [data.reference] : [])];
  return {
    id: spec.id,
    type: 'multiples',
    svg: bothLayouts((layout) => renderMultiples(data, spec, layout)),
    table: lineTable({ series, xs: data.xs, breaks: data.breaks }, spec, table),
    notes: data.breaks.map((b) => b.note),
  };
}

export const multiplesType = chartType({
  type: 'multiples',
  schema: multiplesSpecSchema,
  columns: (spec) => [
    { path: ['x'], column: spec.x },
    { path: ['y'], column: spec.y, numeric: true },
    { path: ['series'], column: spec.series },
  ],
  keys: () => [],
  check: (spec, _rows, table) => checkReference(table, spec, spec.reference),
  build: multiplesChart,
});
