import { max, mean, min, ticks } from 'd3-array';
import * as Plot from '@observablehq/plot';
import { computedDecimals, printedDecimalsOf } from '../data/printed.ts';
import type { Table } from '../data/table.ts';
import { compareVi } from '../format/collate.ts';
import type { Markup } from '../svg/svg.ts';
import { z } from 'zod';
import { chartType } from './chartType.ts';
import { column, commonFields, scalar, text } from './specFields.ts';
import type { ChartContext } from './context.ts';
import { fitText, bothLayouts, textWidth, type Layout } from './layout.ts';
import { entityClass, entityColour, fixedEntity } from './entityColour.ts';
import { palette } from './palette.ts';
import { perDatum, plotSvg } from './plot/plotSvg.ts';
import { margins, tickLabels, unitLabel, valueGrid } from './plot/marks.ts';
import type { ChartModel, TableCell } from './model.ts';
import { categoryLabel, categoryName, chartRows, columnLabel, numberOf } from './rows.ts';
import { axisUnit, columnDecimals, valueFormatter } from './valueFormat.ts';

export const barSpecSchema = z.strictObject({
  ...commonFields,
  type: z.literal('bar'),
  /** horizontal: a ranking of categories; vertical: values by year or period. */
  orientation: z.enum(['horizontal', 'vertical']),
  category: column,
  value: column,
  highlight: z.array(scalar).default([]),
  sort: z.enum(['descending', 'ascending', 'none']).default('none'),
  /** A reference line at the mean of the bars. */
  reference: z.strictObject({ kind: z.literal('mean'), label: text }).optional(),
});
export type BarSpec = z.output<typeof barSpecSchema>;

export interface Bar {
  key: string;
  label: string;
  value: number | null;
  /** The decimals the value is shown with: those of every bar (`columnDecimals`). */
  decimals?: number;
  /** The decimals the source printed the value with, which the CSV writes; unknown (shortest form) when absent. */
  printed?: number;
  highlighted: boolean;
}

export interface BarData {
  bars: Bar[];
  /**
   * The mean of the bars with a value, when the spec asks for a reference line, with the decimals
   * of the bars (those of the most precise bar, `computedDecimals`).
   */
  reference: { value: number; label: string; decimals?: number } | null;
}

/**
 * Bars in the spec's order: a province code is labelled with the province's name; missing values
 * stay in the list (shown as "không có số liệu"), sorted last.
 */
export function barData(table: Pick<Table, 'rows' | 'schema' | 'decimals'>, spec: BarSpec, { provinces }: ChartContext): BarData {
  const nameOf = categoryName(table, spec.category, provinces);
  const highlighted = new Set(spec.highlight.map(String));
  const decimalsOf = printedDecimalsOf(table);
  const bars: Bar[] = chartRows(table, spec).map((row) => {
    const key = String(row[spec.category]);
    const label = nameOf(key);
    const value = numberOf(row, spec.value);
    return { key, label, value, printed: decimalsOf(row, spec.value), highlighted: highlighted.has(key) };
  });
  // One number of decimals for every bar, its label and its tooltip: 5 beside 4.98 reads 5,00.
  const decimals = columnDecimals(bars.map((b) => ({ value: b.value, decimals: b.printed })));
  for (const bar of bars) bar.decimals = decimals;
  const direction = spec.sort === 'descending' ? -1 : 1;
  if (spec.sort !== 'none') {
    bars.sort((a, b) => {
      if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
      return direction * (a.value - b.value) || compareVi(a.label, b.label);
    });
  }
  const present = bars.filter((b) => b.value !== null);
  const reference =
    spec.reference && present.length > 0
      ? {
          value: mean(present, (b) => b.value)!,
          label: spec.reference.label,
          decimals: computedDecimals(present.map((b) => b.printed)) ?? decimals,
        }
      : null;
  return { bars, reference };
}

const NO_DATA = 'không có số liệu';

/** What the enhancer reads from each bar, and its classes: one `.point` per bar, missing ones included. */
function barPoint(b: Bar, format: (value: number, printed?: number) => string) {
  return {
    // A highlighted bar takes its entity's colour (the chart's province, Cả nước, a region), as in every chart.
    class: b.highlighted ? `point bar highlight ${entityClass(fixedEntity(b.label) ?? 'province')}` : 'point bar',
    'data-label': b.label,
    'data-value': b.value === null ? NO_DATA : format(b.value, b.decimals),
  };
}

/** A label or value beside a highlighted bar is bold (font-weight is no channel in Plot: set per element). */
const textOf = (className: string) => (b: Bar) =>
  b.highlighted ? { class: `${className} highlight`, 'font-weight': 700 } : { class: className };

/** A halo in the background colour keeps a label legible where it crosses a line (the page's CSS recolours it in dark mode). */
const halo = {
  stroke: palette.light.background,
  strokeWidth: 3,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const;

/** `40,00 điểm %` → `40,00` where the axis names the unit once. */
function withoutUnit(text: string, unit: string): string {
  return unit && text.endsWith(unit) ? text.slice(0, -unit.length).trimEnd() : text;
}

function renderHorizontal(data: BarData, spec: BarSpec, layout: Layout): Markup {
  const { width, fontSize } = layout;
  const colours = palette.light;
  const format = valueFormatter(spec.format);
  // Ticks are round numbers: no fixed decimals (10%, not 10,00%).
  const tickFormat = valueFormatter({ ...spec.format, digits: undefined });
  const valueText = (b: Bar) => (b.value === null ? '–' : format(b.value, b.decimals));
  const rowHeight = fontSize * 1.6;
  // Labels take at most half the width; a longer one is cut (whole in the tooltip and table).
  const maxLabel = width * 0.5;
  const labelWidth = Math.min(max(data.bars, (b) => textWidth(b.label, fontSize, b.highlighted ? 700 : 400)) ?? 0, maxLabel) + 8;
  const valueWidth = (max(data.bars, (b) => textWidth(valueText(b), fontSize, b.highlighted ? 700 : 400)) ?? 0) + 6;
  const margin = { top: fontSize * 0.5, right: valueWidth, bottom: fontSize * 2.2, left: labelWidth };
  const height = Math.round(margin.top + margin.bottom + rowHeight * data.bars.length);
  const x = Plot.scale({
    x: {
      domain: [Math.min(0, min(data.bars, (b) => b.value) ?? 0), max(data.bars, (b) => b.value) ?? 1],
      nice: true,
      range: [margin.left, width - margin.right],
    },
  });
  const [x0, x1] = x.domain as [number, number];
  const xTicks = ticks(x0, x1, width < 400 ? 3 : 5);

  return plotSvg(
    { id: spec.id, width, height, fontSize },
    {
      ...margins(margin),
      x: { domain: [x0, x1] },
      // Its labels are a text mark of their own, to embolden the highlighted ones.
      y: { type: 'band', domain: data.bars.map((b) => b.key), padding: 0.2, axis: null },
      marks: [
        ...valueGrid('x', xTicks),
        tickLabels('x', xTicks, {
          tickFormat: (n: number) => tickFormat(n),
        }),
        // A missing value draws a bar of no length: every bar keeps its `.point`, in data order.
        Plot.barX(data.bars, {
          className: 'bars',
          x1: 0,
          x2: (b: Bar) => b.value ?? 0,
          y: 'key',
          fill: colours.bar,
          render: perDatum(data.bars, (b) => ({
            ...barPoint(b, format),
            fill: b.highlighted ? entityColour(b.label) : undefined,
          })),
        }),
        Plot.text(data.bars, {
          y: 'key',
          frameAnchor: 'left',
          dx: -6,
          textAnchor: 'end',
          text: (b: Bar) => fitText(b.label, fontSize, maxLabel, b.highlighted ? 700 : 400),
          fill: colours.text,
          render: perDatum(data.bars, textOf('bar-label')),
        }),
        Plot.text(data.bars, {
          x: (b: Bar) => Math.max(0, b.value ?? 0),
          y: 'key',
          dx: 4,
          textAnchor: 'start',
          text: valueText,
          fontSize: fontSize * 0.92,
          fill: colours.text,
          ...halo,
          render: perDatum(data.bars, textOf('bar-value')),
        }),
      ],
    },
  );
}

function renderVertical(data: BarData, spec: BarSpec, layout: Layout): Markup {
  const { width, fontSize } = layout;
  const colours = palette.light;
  const format = valueFormatter(spec.format);
  const tickFormat = valueFormatter({ ...spec.format, digits: undefined });
  const unit = axisUnit(spec.format);
  const height = Math.round(width * (width < 400 ? 0.8 : 0.5));
  const ref = data.reference;
  // The reference line's label sits above the plot, where no bar can cover it.
  const margin = { top: fontSize * (ref ? 4 : 2), right: fontSize, bottom: fontSize * 2.5, left: fontSize * 3 };
  const y = Plot.scale({
    y: {
      domain: [Math.min(0, min(data.bars, (b) => b.value) ?? 0), Math.max(max(data.bars, (b) => b.value) ?? 1, ref?.value ?? 0)],
      nice: true,
      range: [height - margin.bottom, margin.top],
    },
  });
  const [y0, y1] = y.domain as [number, number];
  const yTicks = ticks(y0, y1, 4);
  const band = { type: 'band', domain: data.bars.map((b) => b.key), padding: 0.3 } as const;
  const step = Plot.scale({ x: { ...band, range: [margin.left, width - margin.right] } }).step!;
  const legendY = fontSize * 1.2;

  return plotSvg(
    { id: spec.id, width, height, fontSize },
    {
      ...margins(margin),
      x: { ...band, axis: null },
      y: { domain: [y0, y1] },
      marks: [
        Plot.ruleY(
          yTicks.filter((t) => t !== 0),
          { className: 'grid', stroke: colours.grid },
        ),
        tickLabels('y', yTicks, {
          tickFormat: (n: number) => withoutUnit(tickFormat(n), unit),
        }),
        // From the left edge: a unit such as `điểm %` is wider than the tick labels.
        unit ? unitLabel(unit, fontSize, { dx: -margin.left, textAnchor: 'start' }) : null,
        Plot.barY(data.bars, {
          className: 'bars',
          x: 'key',
          y1: 0,
          y2: (b: Bar) => b.value ?? 0,
          fill: colours.bar,
          render: perDatum(data.bars, (b) => ({
            ...barPoint(b, format),
            fill: b.highlighted ? entityColour(b.label) : undefined,
          })),
        }),
        Plot.ruleY([0], { className: 'baseline', stroke: colours.baseline }),
        ...(ref
          ? [
              Plot.ruleY([ref.value], { className: 'reference', stroke: colours.text, strokeDasharray: '4 3', strokeWidth: 1.5 }),
              // The legend above the plot: a short sample of the line (the rule inset to its first
              // 2 em, at a height above the domain), then the label and the mean.
              Plot.ruleY([y.invert!(legendY)], {
                className: 'reference',
                insetRight: width - margin.left - margin.right - fontSize * 2,
                stroke: colours.text,
                strokeDasharray: '4 3',
                strokeWidth: 1.5,
              }),
              Plot.text([`${ref.label}: ${format(ref.value, ref.decimals)}`], {
                className: 'reference',
                frameAnchor: 'top-left',
                dx: fontSize * 2.5,
                dy: legendY - margin.top,
                lineAnchor: 'middle',
                textAnchor: 'start',
                fill: colours.text,
                ...halo,
              }),
            ]
          : []),
        // Values without their unit (the axis names it): a unit on each would overlap its neighbours on a phone.
        Plot.text(data.bars, {
          x: 'key',
          y: (b: Bar) => Math.max(0, b.value ?? 0),
          dy: -6,
          lineAnchor: 'bottom',
          text: (b: Bar) => (b.value === null ? '–' : withoutUnit(format(b.value, b.decimals), unit)),
          fill: colours.text,
          ...halo,
          render: perDatum(data.bars, textOf('bar-value')),
        }),
        Plot.text(data.bars, {
          x: 'key',
          frameAnchor: 'bottom',
          dy: 6,
          lineAnchor: 'top',
          text: (b: Bar) => fitText(b.label, fontSize, step - 4),
          fill: colours.text,
          render: perDatum(data.bars, textOf('bar-label')),
        }),
      ],
    },
  );
}

/** A bar chart: a horizontal ranking, or vertical bars by period with an optional mean line. */
export function barChart(table: Pick<Table, 'rows' | 'schema' | 'decimals'>, spec: BarSpec, context: ChartContext): ChartModel {
  const data = barData(table, spec, context);
  const format = valueFormatter(spec.format);
  const render = spec.orientation === 'horizontal' ? renderHorizontal : renderVertical;
  const rows: TableCell[][] = data.bars.map((b) => [
    { text: b.label, sort: b.label },
    { text: b.value === null ? '–' : format(b.value, b.decimals), sort: b.value, decimals: b.printed },
  ]);
  const ref = data.reference;
  if (ref)
    rows.push([
      { text: ref.label, sort: ref.label },
      { text: format(ref.value, ref.decimals), sort: ref.value, decimals: ref.decimals },
    ]);
  return {
    id: spec.id,
    type: 'bar',
    svg: bothLayouts((layout) => render(data, spec, layout)),
    table: {
      columns: [
        { label: categoryLabel(table, spec.category), numeric: false },
        { label: columnLabel(table, spec.value), numeric: true },
      ],
      rows,
    },
  };
}

export const barType = chartType({
  type: 'bar',
  schema: barSpecSchema,
  columns: (spec) => [
    { path: ['category'], column: spec.category },
    { path: ['value'], column: spec.value, numeric: true },
  ],
  keys: (spec) => [{ path: ['highlight'], column: spec.category, values: spec.highlight }],
  build: barChart,
});
