import { scaleLinear } from 'd3-scale';
import type { Table } from '../data/table.ts';
import { el, type Markup } from '../svg/svg.ts';
import { z } from 'zod';
import { chartType } from './chartType.ts';
import { column, commonFields, text } from './specFields.ts';
import { keyedValues } from './keyedValues.ts';
import { fitText, layouts, svgAttributes, type Layout } from './layout.ts';
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
  const format = valueFormatter(spec.format);
  const barHeight = fontSize * 1.4;
  const step = fontSize * 1.4 + barHeight + fontSize;
  const height = Math.round(step * items.length + fontSize);
  const x = scaleLinear()
    .domain([0, 100])
    .range([0, width - 2]);
  return el(
    'svg',
    svgAttributes(spec.id, width, height, fontSize),
    items.map((item, i) => {
      const top = i * step + fontSize * 1.4;
      return el(
        'g',
        {
          class: 'point coverage',
          'data-label': item.label,
          'data-value': item.value === null ? 'không có số liệu' : format(item.value, item.decimals),
        },
        el(
          'text',
          { class: 'coverage-label', x: 0, y: top - fontSize * 0.45, 'font-size': fontSize },
          fitText(item.label, fontSize, width * 0.75),
        ),
        el(
          'text',
          {
            class: 'coverage-value',
            x: width - 2,
            y: top - fontSize * 0.45,
            'text-anchor': 'end',
            'font-size': fontSize,
            'font-weight': 'bold',
          },
          item.value === null ? '–' : format(item.value, item.decimals),
        ),
        el('rect', { class: 'track', x: 0, y: top, width: x(100), height: barHeight }),
        item.value === null ? null : el('rect', { class: 'fill', x: 0, y: top, width: x(item.value), height: barHeight }),
      );
    }),
  );
}

/** A coverage chart: several indicators as shares of 100 %, side by side. */
export function coverageChart(table: Pick<Table, 'rows' | 'decimals'>, spec: CoverageSpec): ChartModel {
  const items = coverageData(table, spec);
  const format = valueFormatter(spec.format);
  return {
    id: spec.id,
    type: 'coverage',
    svg: { narrow: renderCoverage(items, spec, layouts.narrow), wide: renderCoverage(items, spec, layouts.wide) },
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
