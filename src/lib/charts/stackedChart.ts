/**
 * The stacked bar: parts that add up (house types of 100 % of households; poor and near-poor
 * households), one bar per category, the parts in the spec's order. A missing part is never
 * dropped silently: it is an empty square after its bar, a point saying "không có số liệu", and a
 * dash in the table. The legend is drawn in the SVG, so that exports carry it.
 */
import { max } from 'd3-array';
import * as Plot from '@observablehq/plot';
import { z } from 'zod';
import { printedDecimalsOf, computedDecimals } from '../data/printed.ts';
import type { Row, Table } from '../data/table.ts';
import type { Markup } from '../svg/svg.ts';
import { say } from '../ui/messages.ts';
import { chartType, type SpecProblem } from './chartType.ts';
import type { ChartContext } from './context.ts';
import { fitText, bothLayouts, seriesClasses, textWidth, type Layout, type SeriesClass } from './layout.ts';
import type { ChartModel, DataTableModel } from './model.ts';
import { palette } from './palette.ts';
import { perDatum, plotSvg } from './plot/plotSvg.ts';
import { margins, tickLabels, unitLabel } from './plot/marks.ts';
import { categoryLabel, categoryName, chartRows, numberOf } from './rows.ts';
import { column, commonFields, text } from './specFields.ts';
import { axisUnit, valueFormatter } from './valueFormat.ts';

const NO_DATA = 'không có số liệu';
/** The total column of the table, and the word before a bar's total. */
const TOTAL = 'Tổng các phần';

export const stackedSpecSchema = z.strictObject({
  ...commonFields,
  type: z.literal('stacked'),
  /** horizontal: one bar per category (provinces); vertical: one per year or period. */
  orientation: z.enum(['horizontal', 'vertical']),
  /** The column naming the bars. */
  category: column,
  value: column,
  /** The column naming the parts. */
  stack: column,
  /** The parts, in stacking order (from the axis outwards); at most 4, one colour each. */
  parts: z
    .array(z.strictObject({ key: text, label: text }))
    .min(2)
    .max(seriesClasses.length),
  /** Bars by the first part's value; `none` keeps the data's order. */
  sort: z.enum(['descending', 'ascending', 'none']).default('none'),
  /**
   * Label each bar with the sum of its parts, which Thước Đo adds up. Shown only where it is a
   * true sum: every part present, all from one source and one year.
   */
  total: z.boolean().default(false),
});
export type StackedSpec = z.output<typeof stackedSpecSchema>;

export interface StackedSegment {
  key: string;
  label: string;
  colour: SeriesClass;
  value: number | null;
  decimals?: number;
  /** Where the segment starts and ends on the value axis; equal for a missing part. */
  start: number;
  end: number;
}

export interface StackedBar {
  key: string;
  label: string;
  segments: StackedSegment[];
  /** The sum of the parts, when it is a true sum (see `trueTotal`); else null. */
  total: { value: number; decimals?: number } | null;
}

/** Columns that say where a row's number comes from and when: a source id and the dataset's year columns. */
function provenanceColumns(table: Pick<Table, 'schema'>): string[] {
  return table.schema.columns.filter((c) => c.name === 'source_id' || c.type === 'year').map((c) => c.name);
}

/**
 * The sum of a bar's parts, when it is a true sum: every part has a value, and all parts' rows
 * agree on their source (`source_id`) and year (the dataset's year columns). Rounded to the
 * decimals of the most precise part, so that 50.5 + 40.3 + 5.7 + 3.5 gives 100.0.
 */
export function trueTotal(
  parts: { value: number | null; decimals?: number; row: Row | null }[],
  provenance: string[],
): { value: number; decimals?: number } | null {
  if (parts.some((p) => p.value === null || p.row === null)) return null;
  const rows = parts.map((p) => p.row!);
  if (provenance.some((column) => new Set(rows.map((row) => String(row[column]))).size > 1)) return null;
  const decimals = computedDecimals(parts.map((p) => p.decimals));
  const sum = parts.reduce((total, p) => total + p.value!, 0);
  return { value: decimals === undefined ? sum : Number(sum.toFixed(decimals)), decimals };
}

/**
 * The bars of a stacked chart, in the data's order (or sorted by the first part): one segment
 * per part in spec order, a missing part kept with a null value; a province code is labelled
 * with the province's name.
 */
export function stackedData(
  table: Pick<Table, 'rows' | 'schema' | 'decimals'>,
  spec: StackedSpec,
  { provinces }: ChartContext,
): StackedBar[] {
  const nameOf = categoryName(table, spec.category, provinces);
  const decimalsOf = printedDecimalsOf(table);
  const provenance = provenanceColumns(table);
  const partKeys = new Set(spec.parts.map((p) => p.key));
  const rows = chartRows(table, spec).filter((row) => partKeys.has(String(row[spec.stack])));
  const categories = [...new Set(rows.map((row) => String(row[spec.category])))];
  const bars = categories.map((key): StackedBar => {
    const own = rows.filter((row) => String(row[spec.category]) === key);
    const parts = spec.parts.map((part, i) => {
      const row = own.find((r) => String(r[spec.stack]) === part.key) ?? null;
      const value = row === null ? null : numberOf(row, spec.value);
      if (value !== null && value < 0) {
        throw new Error(`chart ${spec.id}: ${key} has ${part.key} = ${value}; stacked parts cannot be negative`);
      }
      return { ...part, colour: seriesClasses[i], value, decimals: row ? decimalsOf(row, spec.value) : undefined, row };
    });
    let end = 0;
    const segments = parts.map(({ key, label, colour, value, decimals }) => {
      const start = end;
      end += value ?? 0;
      return { key, label, colour, value, decimals, start, end };
    });
    const label = nameOf(key);
    return { key, label, segments, total: spec.total ? trueTotal(parts, provenance) : null };
  });
  if (spec.sort !== 'none') {
    const direction = spec.sort === 'descending' ? -1 : 1;
    const first = (bar: StackedBar) => bar.segments[0].value;
    bars.sort((a, b) => {
      const [va, vb] = [first(a), first(b)];
      if (va === null || vb === null) return (va === null ? 1 : 0) - (vb === null ? 1 : 0);
      return direction * (va - vb);
    });
  }
  return bars;
}

/** Each category must have at most one row per part: a second would be summed with no way to tell which was meant. */
function checkStacked(spec: StackedSpec, rows: Row[]): SpecProblem[] {
  return spec.parts.flatMap((part, i) => {
    const counts = new Map<string, number>();
    for (const row of rows.filter((r) => String(r[spec.stack]) === part.key)) {
      const category = String(row[spec.category]);
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    const repeated = [...counts].find(([, count]) => count > 1);
    if (!repeated) return [];
    return [
      {
        path: ['parts', i, 'key'],
        value: part.key,
        said: say('chart.keyRepeated', {
          count: repeated[1],
          column: `${spec.category} = "${repeated[0]}", ${spec.stack}`,
          value: part.key,
        }),
      },
    ];
  });
}

interface Drawn extends StackedSegment {
  bar: string;
  barLabel: string;
}

/** The legend's items placed in rows that fit the width: a swatch, then the label. */
function legendRows(labels: string[], fontSize: number, width: number): { label: string; x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return labels.map((label) => {
    const itemWidth = fontSize * 1.4 + textWidth(label, fontSize) + fontSize;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const item = { label, x, row };
    x += itemWidth;
    return item;
  });
}

function renderStacked(bars: StackedBar[], spec: StackedSpec, layout: Layout): Markup {
  const { width, fontSize } = layout;
  const colours = palette.light;
  const format = valueFormatter(spec.format);
  const tickFormat = valueFormatter({ ...spec.format, digits: undefined });
  const horizontal = spec.orientation === 'horizontal';
  const hasMissing = bars.some((b) => b.segments.some((s) => s.value === null));
  const legendLabels = [...spec.parts.map((p) => p.label), ...(hasMissing ? ['Không có số liệu'] : [])];
  const legend = legendRows(legendLabels, fontSize, width - fontSize);
  const legendHeight = (max(legend, (item) => item.row)! + 1) * fontSize * 1.5 + fontSize * 0.5;
  const totalText = (b: StackedBar) => (b.total ? format(b.total.value, b.total.decimals) : '');
  const totalWidth = max(bars, (b) => textWidth(totalText(b), fontSize * 0.92)) ?? 0;
  const missingWidth = (b: StackedBar) => b.segments.filter((s) => s.value === null).length * fontSize;
  const trailing = (max(bars, (b) => missingWidth(b)) ?? 0) + totalWidth + fontSize * 0.8;
  const maxLabel = width * 0.4;
  const labelWidth = Math.min(max(bars, (b) => textWidth(b.label, fontSize)) ?? 0, maxLabel) + 8;
  const rowHeight = fontSize * 1.8;
  const margin = horizontal
    ? { top: legendHeight + fontSize, right: trailing, bottom: fontSize * 2.2, left: labelWidth }
    : { top: legendHeight + fontSize * 2, right: fontSize, bottom: fontSize * 2.5, left: fontSize * 3 };
  const height = Math.round(
    horizontal
      ? margin.top + margin.bottom + rowHeight * bars.length
      : margin.top + margin.bottom + width * (width < 400 ? 0.6 : 0.4),
  );
  const valueMax = max(bars, (b) => b.segments.at(-1)!.end) || 1;
  const valueScale = Plot.scale({
    [horizontal ? 'x' : 'y']: {
      domain: [0, valueMax],
      nice: true,
      range: horizontal ? [margin.left, width - margin.right] : [height - margin.bottom, margin.top],
    },
  });
  const [v0, v1] = valueScale.domain as [number, number];
  const ticksCount = width < 400 ? 3 : 5;
  const segments: Drawn[] = bars.flatMap((b) => b.segments.map((s) => ({ ...s, bar: b.key, barLabel: b.label })));
  const present = segments.filter((s) => s.value !== null);
  // An empty square per missing part, after its bar: it takes the part's colour as its outline.
  const missing = bars.flatMap((b) =>
    b.segments
      .filter((s) => s.value === null)
      .map((s, k) => ({ ...s, bar: b.key, barLabel: b.label, offset: fontSize * (0.8 + k) })),
  );
  const totals = bars.filter((b) => b.total !== null);
  const label = (s: { barLabel: string; label: string }) => `${s.barLabel}: ${s.label}`;
  const band = { domain: bars.map((b) => b.key), padding: 0.25 };
  const categoryTick = (key: string) => bars.find((b) => b.key === key)!.label;
  const unit = axisUnit(spec.format);
  const legendTop = -(margin.top - fontSize * 0.9);

  const missingMarks = missing.map((m) =>
    Plot.dot([m], {
      className: `missing ${m.colour}`,
      ...(horizontal ? { x: () => m.end, y: () => m.bar, dx: m.offset } : { x: () => m.bar, y: () => m.end, dy: -m.offset }),
      symbol: 'square',
      r: fontSize * 0.3,
      fill: 'none',
      stroke: colours[m.colour],
      strokeWidth: 1.5,
      render: perDatum([m], () => ({ class: 'point', 'data-label': label(m), 'data-value': NO_DATA })),
    }),
  );

  return plotSvg(
    { id: spec.id, width, height, fontSize },
    {
      ...margins(margin),
      ...(horizontal
        ? { x: { domain: [v0, v1] }, y: { ...band, axis: null } }
        : { y: { domain: [v0, v1] }, x: { ...band, axis: null } }),
      marks: [
        horizontal
          ? Plot.gridX({ ticks: ticksCount, className: 'grid', stroke: colours.grid, strokeOpacity: 1 })
          : Plot.gridY({ ticks: ticksCount, className: 'grid', stroke: colours.grid, strokeOpacity: 1 }),
        horizontal
          ? tickLabels('x', undefined, { ticks: ticksCount, tickPadding: 4, tickFormat: (n: number) => tickFormat(n) })
          : tickLabels('y', undefined, { ticks: ticksCount, tickFormat: (n: number) => tickFormat(n).replace(/%$/, '') }),
        !horizontal && unit ? unitLabel(unit, fontSize) : null,
        horizontal
          ? tickLabels('y', undefined, {
              className: 'axis axis-y category',
              fill: colours.text,
              tickFormat: (key: string) => fitText(categoryTick(key), fontSize, maxLabel),
            })
          : tickLabels('x', undefined, { className: 'axis axis-x category', fill: colours.text, tickFormat: categoryTick }),
        ...spec.parts.map((part, i) => {
          const own = present.filter((s) => s.key === part.key);
          const colour = seriesClasses[i];
          const options = {
            className: `part ${colour}`,
            fill: colours[colour],
            stroke: colours.background,
            strokeWidth: 0.5,
            render: perDatum(own, (s) => ({
              class: 'point',
              'data-label': label(s),
              'data-value': format(s.value!, s.decimals),
            })),
          };
          return horizontal
            ? Plot.barX(own, { ...options, x1: 'start', x2: 'end', y: 'bar' })
            : Plot.barY(own, { ...options, y1: 'start', y2: 'end', x: 'bar' });
        }),
        ...missingMarks,
        Plot.ruleY(horizontal ? [] : [0], { className: 'baseline', stroke: colours.baseline }),
        horizontal ? Plot.ruleX([0], { className: 'baseline', stroke: colours.baseline }) : null,
        Plot.text(totals, {
          className: 'total bar-value',
          ...(horizontal
            ? { x: (b: StackedBar) => b.total!.value, y: 'key', dx: 4, textAnchor: 'start' }
            : { x: 'key', y: (b: StackedBar) => b.total!.value, dy: -6, lineAnchor: 'bottom' }),
          text: totalText,
          fontSize: fontSize * 0.92,
          fill: colours.text,
        }),
        ...legend.flatMap((item, i) => {
          const isPart = i < spec.parts.length;
          const colour = isPart ? colours[seriesClasses[i]] : colours.muted;
          const at = { frameAnchor: 'top-left' as const, dy: legendTop + item.row * fontSize * 1.5 };
          return [
            Plot.dot([item], {
              ...at,
              className: isPart ? `legend-swatch ${seriesClasses[i]}` : 'legend-swatch missing',
              dx: -margin.left + fontSize * 0.5 + item.x,
              symbol: 'square',
              r: fontSize * 0.38,
              fill: isPart ? colour : 'none',
              stroke: isPart ? 'none' : colour,
              strokeWidth: 1.5,
            }),
            Plot.text([item], {
              ...at,
              className: 'legend-label',
              dx: -margin.left + fontSize * 1.2 + item.x,
              text: 'label',
              textAnchor: 'start',
              fill: colours.text,
            }),
          ];
        }),
      ],
    },
  );
}

function stackedTable(bars: StackedBar[], spec: StackedSpec, table: Pick<Table, 'schema'>): DataTableModel {
  const format = valueFormatter(spec.format);
  const cell = (value: number | null, decimals: number | undefined) => ({
    text: value === null ? '–' : format(value, decimals),
    sort: value,
    decimals,
  });
  return {
    columns: [
      { label: categoryLabel(table, spec.category), numeric: false },
      ...spec.parts.map((p) => ({ label: p.label, numeric: true })),
      ...(spec.total ? [{ label: TOTAL, numeric: true }] : []),
    ],
    rows: bars.map((b) => [
      { text: b.label, sort: b.label },
      ...b.segments.map((s) => cell(s.value, s.decimals)),
      ...(spec.total ? [cell(b.total?.value ?? null, b.total?.decimals)] : []),
    ]),
  };
}

/** A stacked bar chart: parts that add up, one bar per category, a legend in the SVG. */
export function stackedChart(
  table: Pick<Table, 'rows' | 'schema' | 'decimals'>,
  spec: StackedSpec,
  context: ChartContext,
): ChartModel {
  const bars = stackedData(table, spec, context);
  return {
    id: spec.id,
    type: 'stacked',
    svg: bothLayouts((layout) => renderStacked(bars, spec, layout)),
    table: stackedTable(bars, spec, table),
  };
}

export const stackedType = chartType({
  type: 'stacked',
  schema: stackedSpecSchema,
  columns: (spec) => [
    { path: ['category'], column: spec.category },
    { path: ['value'], column: spec.value, numeric: true },
    { path: ['stack'], column: spec.stack },
  ],
  keys: (spec) => [{ path: ['parts'], column: spec.stack, values: spec.parts.map((p) => p.key) }],
  check: checkStacked,
  build: stackedChart,
});
