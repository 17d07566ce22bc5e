import { max, mean, min } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { computedDecimals, printedDecimalsOf } from '../data/printed.ts';
import type { Table } from '../data/table.ts';
import { compareVi } from '../format/collate.ts';
import { el, type Markup } from '../svg/svg.ts';
import { xGrid, yGrid } from './axis.ts';
import { z } from 'zod';
import { chartType } from './chartType.ts';
import { column, commonFields, scalar, text } from './specFields.ts';
import type { ChartContext } from './context.ts';
import { fitText, layouts, svgAttributes, textWidth, type Layout } from './layout.ts';
import type { ChartModel, TableCell } from './model.ts';
import { chartRows, columnLabel, numberOf } from './rows.ts';
import { columnDecimals, valueFormatter } from './valueFormat.ts';

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
  const isProvinceCode = table.schema.columns.find((c) => c.name === spec.category)?.references === 'provinces';
  const highlighted = new Set(spec.highlight.map(String));
  const decimalsOf = printedDecimalsOf(table);
  const bars: Bar[] = chartRows(table, spec).map((row) => {
    const key = String(row[spec.category]);
    const label = isProvinceCode ? (provinces.get(key)?.name ?? key) : key;
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

function renderHorizontal(data: BarData, spec: BarSpec, layout: Layout): Markup {
  const { width, fontSize } = layout;
  const format = valueFormatter(spec.format);
  const rowHeight = fontSize * 1.6;
  // Labels take at most half the width; a longer one is cut (whole in the tooltip and table).
  const maxLabel = width * 0.5;
  const labelWidth = Math.min(max(data.bars, (b) => textWidth(b.label, fontSize)) ?? 0, maxLabel) + 8;
  const valueWidth = (max(data.bars, (b) => textWidth(b.value === null ? '–' : format(b.value, b.decimals), fontSize)) ?? 0) + 6;
  const margin = { top: fontSize * 0.5, right: valueWidth, bottom: fontSize * 2.2, left: labelWidth };
  const height = Math.round(margin.top + margin.bottom + rowHeight * data.bars.length);
  const x = scaleLinear()
    .domain([Math.min(0, min(data.bars, (b) => b.value) ?? 0), max(data.bars, (b) => b.value) ?? 1])
    .nice()
    .range([margin.left, width - margin.right]);
  const y = scaleBand()
    .domain(data.bars.map((b) => b.key))
    .range([margin.top, height - margin.bottom])
    .padding(0.2);
  return el(
    'svg',
    svgAttributes(spec.id, width, height, fontSize),
    xGrid(x, { top: margin.top, bottom: height - margin.bottom, fontSize, format: (n) => format(n), ticks: width < 400 ? 3 : 5 }),
    el(
      'g',
      { class: 'bars' },
      data.bars.map((b) => {
        const top = y(b.key)!;
        const mid = top + y.bandwidth() / 2;
        return el(
          'g',
          {
            class: b.highlighted ? 'point bar highlight' : 'point bar',
            'data-label': b.label,
            'data-value': b.value === null ? 'không có số liệu' : format(b.value, b.decimals),
          },
          el(
            'text',
            { class: 'bar-label', x: margin.left - 6, y: mid, dy: '0.32em', 'text-anchor': 'end', 'font-size': fontSize },
            fitText(b.label, fontSize, maxLabel),
          ),
          b.value === null
            ? null
            : el('rect', { x: Math.min(x(0), x(b.value)), y: top, width: Math.abs(x(b.value) - x(0)), height: y.bandwidth() }),
          el(
            'text',
            {
              class: 'bar-value',
              x: b.value === null ? x(0) + 4 : x(Math.max(0, b.value)) + 4,
              y: mid,
              dy: '0.32em',
              'font-size': fontSize * 0.92,
            },
            b.value === null ? '–' : format(b.value, b.decimals),
          ),
        );
      }),
    ),
  );
}

function renderVertical(data: BarData, spec: BarSpec, layout: Layout): Markup {
  const { width, fontSize } = layout;
  const format = valueFormatter(spec.format);
  const height = Math.round(width * (width < 400 ? 0.8 : 0.5));
  const ref = data.reference;
  // The reference line's label sits above the plot, where no bar can cover it.
  const margin = { top: fontSize * (ref ? 4 : 2), right: fontSize, bottom: fontSize * 2.5, left: fontSize * 3 };
  const tickFormat = valueFormatter({ ...spec.format, digits: undefined });
  const x = scaleBand()
    .domain(data.bars.map((b) => b.key))
    .range([margin.left, width - margin.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, Math.max(max(data.bars, (b) => b.value) ?? 1, data.reference?.value ?? 0)])
    .nice()
    .range([height - margin.bottom, margin.top]);
  return el(
    'svg',
    svgAttributes(spec.id, width, height, fontSize),
    yGrid(y, {
      left: margin.left,
      right: width - margin.right,
      fontSize,
      format: (n) => tickFormat(n).replace(/ điểm %$|%$/, ''),
      ticks: 4,
    }),
    el(
      'g',
      { class: 'bars' },
      data.bars.map((b) => {
        const left = x(b.key)!;
        const centre = left + x.bandwidth() / 2;
        return el(
          'g',
          {
            class: b.highlighted ? 'point bar highlight' : 'point bar',
            'data-label': b.label,
            'data-value': b.value === null ? 'không có số liệu' : format(b.value, b.decimals),
          },
          b.value === null ? null : el('rect', { x: left, y: y(b.value), width: x.bandwidth(), height: y(0) - y(b.value) }),
          el(
            'text',
            { class: 'bar-value', x: centre, y: y(b.value ?? 0) - 6, 'text-anchor': 'middle', 'font-size': fontSize },
            b.value === null ? '–' : format(b.value, b.decimals),
          ),
          el(
            'text',
            {
              class: 'bar-label',
              x: centre,
              y: height - margin.bottom + fontSize + 6,
              'text-anchor': 'middle',
              'font-size': fontSize,
            },
            b.label,
          ),
        );
      }),
    ),
    ref
      ? el(
          'g',
          { class: 'reference' },
          el('line', { x1: margin.left, x2: width - margin.right, y1: y(ref.value), y2: y(ref.value) }),
          el('line', { x1: margin.left, x2: margin.left + fontSize * 2, y1: fontSize * 1.2, y2: fontSize * 1.2 }),
          el(
            'text',
            { x: margin.left + fontSize * 2.5, y: fontSize * 1.2, dy: '0.32em', 'font-size': fontSize },
            `${ref.label}: ${format(ref.value, ref.decimals)}`,
          ),
        )
      : null,
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
    svg: { narrow: render(data, spec, layouts.narrow), wide: render(data, spec, layouts.wide) },
    table: {
      columns: [
        { label: columnLabel(table, spec.category), numeric: false },
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
