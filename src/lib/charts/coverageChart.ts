import * as Plot from '@observablehq/plot';
import type { Table } from '../data/table.ts';
import type { Markup } from '../svg/svg.ts';
import { z } from 'zod';
import { chartType } from './chartType.ts';
import { column, commonFields, text } from './specFields.ts';
import { keyedValues } from './keyedValues.ts';
import { fitText, bothLayouts, type Layout } from './layout.ts';
import { palette } from './palette.ts';
import { perDatum, plotSvg } from './plot/plotSvg.ts';
import type { ChartModel } from './model.ts';
import { columnDecimals, valueFormatter } from './valueFormat.ts';

export const coverageSpecSchema = z.strictObject({
  ...commonFields,
  type: z.literal('coverage'),
  key: column,
  value: column,
  items: z.array(z.strictObject({ key: text, label: text })).min(1),
});
export type CoverageSpec = z.output<typeof coverageSpecSchema>;

const NO_DATA = 'không có số liệu';

export interface CoverageItem {
  label: string;
  value: number | null;
  /** The decimals the value is shown with: those of every item (`columnDecimals`). */
  decimals?: number;
  /** The decimals the source printed the value with, which the CSV writes; unknown (shortest form) when absent. */
  printed?: number;
}

/** The indicators of a coverage chart, each a share of 100 %, in spec order, all with the same decimals. */
export function coverageData(table: Pick<Table, 'rows' | 'decimals'>, spec: CoverageSpec): CoverageItem[] {
  const values = keyedValues(
    table,
    spec,
    spec.items.map((item) => item.key),
  );
  const items = spec.items.map((item) => {
    const found = values.get(item.key);
    return { label: item.label, value: found?.value ?? null, printed: found?.decimals };
  });
  // One number of decimals for every share: 99 beside 99.7 reads 99,0%.
  const decimals = columnDecimals(items.map((item) => ({ value: item.value, decimals: item.printed })));
  return items.map((item) => ({ ...item, decimals }));
}

function renderCoverage(items: CoverageItem[], spec: CoverageSpec, layout: Layout): Markup {
  const { width, fontSize } = layout;
  const colours = palette.light;
  const format = valueFormatter(spec.format);
  const valueText = (item: CoverageItem) => (item.value === null ? '–' : format(item.value, item.decimals));
  // Each row: its label and value on a line, the bar, a gap.
  const barHeight = fontSize * 1.4;
  const labelHeight = fontSize * 1.4;
  const step = labelHeight + barHeight + fontSize;
  const height = Math.round(step * items.length + fontSize);
  const row = (_: CoverageItem, i: number) => i;
  // Text on the line above its bar, its baseline clear of the bar.
  const aboveBar = -(barHeight / 2 + fontSize * 0.45);

  return plotSvg(
    { id: spec.id, width, height, fontSize },
    {
      marginLeft: 0,
      marginRight: 2,
      x: { domain: [0, 100], axis: null },
      // One band per indicator, as tall as its bar; the inner padding leaves the label's line and the gap.
      y: {
        type: 'band',
        domain: items.map((_, i) => i),
        range: [labelHeight, labelHeight + (items.length - 1) * step + barHeight],
        paddingInner: 1 - barHeight / step,
        paddingOuter: 0,
        axis: null,
      },
      marks: [
        Plot.barX(items, { className: 'track', x1: 0, x2: 100, y: row, fill: colours.track }),
        // A missing value draws a bar of no length: every indicator keeps its `.point`, in order.
        Plot.barX(items, {
          className: 'coverage-fill',
          x1: 0,
          x2: (item: CoverageItem) => item.value ?? 0,
          y: row,
          fill: colours.c1,
          render: perDatum(items, (item) => ({
            class: 'point coverage',
            'data-label': item.label,
            'data-value': item.value === null ? NO_DATA : format(item.value, item.decimals),
          })),
        }),
        Plot.text(items, {
          className: 'coverage-label',
          y: row,
          frameAnchor: 'left',
          dy: aboveBar,
          lineAnchor: 'bottom',
          textAnchor: 'start',
          text: (item: CoverageItem) => fitText(item.label, fontSize, width * 0.75),
          fill: colours.text,
        }),
        Plot.text(items, {
          className: 'coverage-value',
          y: row,
          frameAnchor: 'right',
          dy: aboveBar,
          lineAnchor: 'bottom',
          textAnchor: 'end',
          text: valueText,
          fontWeight: 'bold',
          fill: colours.text,
        }),
      ],
    },
  );
}

/** A coverage chart: several indicators as shares of 100 %, side by side. */
export function coverageChart(table: Pick<Table, 'rows' | 'decimals'>, spec: CoverageSpec): ChartModel {
  const items = coverageData(table, spec);
  const format = valueFormatter(spec.format);
  return {
    id: spec.id,
    type: 'coverage',
    svg: bothLayouts((layout) => renderCoverage(items, spec, layout)),
    table: {
      columns: [
        { label: 'Chỉ tiêu', numeric: false },
        { label: 'Tỷ lệ', numeric: true },
      ],
      rows: items.map((item) => [
        { text: item.label, sort: item.label },
        { text: item.value === null ? '–' : format(item.value, item.decimals), sort: item.value, decimals: item.printed },
      ]),
    },
  };
}

export const coverageType = chartType({
  type: 'coverage',
  schema: coverageSpecSchema,
  columns: (spec) => [
    { path: ['key'], column: spec.key },
    { path: ['value'], column: spec.value, numeric: true },
  ],
  keys: (spec) => [{ path: ['items'], column: spec.key, values: spec.items.map((item) => item.key), once: true }],
  build: coverageChart,
});
