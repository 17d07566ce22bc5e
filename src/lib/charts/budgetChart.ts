import { max } from 'd3-array';
import * as Plot from '@observablehq/plot';
import { computedDecimals } from '../data/printed.ts';
import type { Table } from '../data/table.ts';
import { formatPercent } from '../format/number.ts';
import type { Markup } from '../svg/svg.ts';
import { z } from 'zod';
import { chartType } from './chartType.ts';
import { column, commonFields, text } from './specFields.ts';
import { keyedValues, type KeyedValue } from './keyedValues.ts';
import { fitText, bothLayouts, textWidth, type Layout } from './layout.ts';
import { palette } from './palette.ts';
import { perDatum, plotSvg } from './plot/plotSvg.ts';
import type { ChartModel } from './model.ts';
import { columnDecimals, valueFormatter } from './valueFormat.ts';

/** The rows of a budget source: planned, disbursed and, when the source printed it, the share disbursed. */
const sourceRows = {
  planned: text,
  disbursed: text,
  /** The row holding the share disbursed as the source printed it; computed when absent. */
  share: text.optional(),
};

export const budgetSpecSchema = z.strictObject({
  ...commonFields,
  type: z.literal('budget'),
  key: column,
  value: column,
  /** Budget sources (central, local…): the rows holding planned and disbursed amounts. */
  sources: z.array(z.strictObject({ label: text, ...sourceRows })).min(1),
  /**
   * The rows of the total as the source printed it. Without them, a chart of several sources
   * shows a total that Thước Đo adds up from them, and its label says so.
   */
  total: z.strictObject({ label: text.default('Tổng'), ...sourceRows }).optional(),
});
export type BudgetSpec = z.output<typeof budgetSpecSchema>;

export interface BudgetSource {
  label: string;
  planned: number | null;
  disbursed: number | null;
  /** Share disbursed in %: as the source printed it when the spec names the row, else computed. */
  share: number | null;
  shareComputed: boolean;
  /**
   * The decimals each value is shown with: planned and disbursed amounts those of every amount
   * (one axis), shares those of every share (`columnDecimals`).
   */
  decimals: { planned?: number; disbursed?: number; share?: number };
  /** The decimals the source printed each value with, which the CSV writes; 1 for a computed share. */
  printed: { planned?: number; disbursed?: number; share?: number };
  /** Set on the total, the last row: as the source printed it, or added up by Thước Đo. */
  total?: 'printed' | 'computed';
}

/** A share Thước Đo computes (disbursed / planned) is shown with one decimal. */
const COMPUTED_SHARE_DIGITS = 1;
/** The label of a total Thước Đo adds up: a reader must not take it for the source's. */
const COMPUTED_TOTAL_LABEL = 'Tổng (Thước Đo cộng)';
const NO_DATA = 'không có số liệu';

const rowsOf = (s: { planned: string; disbursed: string; share?: string }) => [
  s.planned,
  s.disbursed,
  ...(s.share ? [s.share] : []),
];

function shareOf(planned: number | null, disbursed: number | null): number | null {
  return planned !== null && disbursed !== null && planned !== 0 ? (disbursed / planned) * 100 : null;
}

function readSource(
  values: Map<string, KeyedValue>,
  s: { label: string; planned: string; disbursed: string; share?: string },
): BudgetSource {
  const planned = values.get(s.planned)!;
  const disbursed = values.get(s.disbursed)!;
  const printed = s.share ? values.get(s.share)! : null;
  return {
    label: s.label,
    planned: planned.value,
    disbursed: disbursed.value,
    share: printed ? printed.value : shareOf(planned.value, disbursed.value),
    shareComputed: !printed,
    printed: {
      planned: planned.decimals,
      disbursed: disbursed.decimals,
      share: printed ? printed.decimals : COMPUTED_SHARE_DIGITS,
    },
    // One number of decimals per column: see `withColumnDecimals`.
    decimals: {},
  };
}

/**
 * The sum of printed amounts, as precise as the most precise of them (35.3 + 1382 is 1417.3,
 * never 1417.3000000000002); unknown when one is missing.
 */
function printedSum(parts: { value: number | null; decimals?: number }[]): { value: number | null; decimals?: number } {
  const decimals = computedDecimals(parts.map((p) => p.decimals));
  if (parts.some((p) => p.value === null)) return { value: null, decimals };
  const sum = parts.reduce((total, p) => total + p.value!, 0);
  return { value: decimals === undefined ? sum : Number(sum.toFixed(decimals)), decimals };
}

/** The total of the sources, added up by Thước Đo, for a source that prints none. */
export function summedTotal(sources: BudgetSource[]): BudgetSource {
  const planned = printedSum(sources.map((s) => ({ value: s.planned, decimals: s.printed.planned })));
  const disbursed = printedSum(sources.map((s) => ({ value: s.disbursed, decimals: s.printed.disbursed })));
  return {
    label: COMPUTED_TOTAL_LABEL,
    planned: planned.value,
    disbursed: disbursed.value,
    share: shareOf(planned.value, disbursed.value),
    shareComputed: true,
    printed: { planned: planned.decimals, disbursed: disbursed.decimals, share: COMPUTED_SHARE_DIGITS },
    decimals: {},
    total: 'computed',
  };
}

/**
 * Planned and disbursed amounts by budget source, then their total: the rows the source printed
 * when the spec names them, else (for two sources or more) the sum of the sources.
 */
export function budgetData(table: Pick<Table, 'rows' | 'decimals'>, spec: BudgetSpec): BudgetSource[] {
  const values = keyedValues(table, spec, [...spec.sources, ...(spec.total ? [spec.total] : [])].flatMap(rowsOf));
  const sources = spec.sources.map((s) => readSource(values, s));
  if (spec.total) return withColumnDecimals([...sources, { ...readSource(values, spec.total), total: 'printed' }]);
  return withColumnDecimals(sources.length > 1 ? [...sources, summedTotal(sources)] : sources);
}

/** Amounts all with the same decimals (one axis), shares too: the most any was printed with. */
function withColumnDecimals(rows: BudgetSource[]): BudgetSource[] {
  const amounts = columnDecimals(
    rows.flatMap((s) => [
      { value: s.planned, decimals: s.printed.planned },
      { value: s.disbursed, decimals: s.printed.disbursed },
    ]),
  );
  const shares = columnDecimals(rows.map((s) => ({ value: s.share, decimals: s.printed.share })));
  return rows.map((s) => ({ ...s, decimals: { planned: amounts, disbursed: amounts, share: shares } }));
}

const shareText = (s: BudgetSource) =>
  s.share === null ? '' : `đã giải ngân ${formatPercent(s.share, { digits: s.decimals.share })}`;

/** The shortest bar drawn, in px: a small amount beside a large one (35,3 beside 1.382) stays visible, its value beside it. */
const MIN_BAR = 3;

interface BudgetBar {
  source: BudgetSource;
  kind: 'planned' | 'disbursed';
  value: number | null;
  /** Top of the bar, in px. */
  top: number;
}

function renderBudget(sources: BudgetSource[], spec: BudgetSpec, layout: Layout): Markup {
  const { width, fontSize } = layout;
  const colours = palette.light;
  const format = valueFormatter(spec.format);
  const barHeight = fontSize * 1.3;
  const step = fontSize * 1.6 + barHeight * 2 + 4 + fontSize * 1.2;
  // The total stands apart, below a rule.
  const totalGap = fontSize * 0.6;
  const headerY = (i: number) => fontSize * 3.4 + i * step + (sources[i].total ? totalGap : 0);
  const bars: BudgetBar[] = sources.flatMap((source, i) => [
    { source, kind: 'planned', value: source.planned, top: headerY(i) + fontSize * 0.6 },
    { source, kind: 'disbursed', value: source.disbursed, top: headerY(i) + fontSize * 0.6 + barHeight + 4 },
  ]);
  const height = Math.round(bars.at(-1)!.top + barHeight + fontSize * 0.8);
  const valueText = (b: BudgetBar) => (b.value === null ? '–' : format(b.value, b.source.decimals[b.kind]));
  // Amounts are written after their bars: the widest one sets the plot's right edge.
  const valueRoom = (max(bars, (b) => textWidth(valueText(b), fontSize)) ?? 0) + 8;
  const x = Plot.scale({
    x: { domain: [0, max(bars, (b) => b.value) || 1], range: [0, width - valueRoom] },
  });
  const [, xMax] = x.domain as [number, number];
  const px = (n: number) => x.invert!(n);
  // A missing amount draws a bar of no length: every amount keeps its `.point`, in order.
  const barEnd = (value: number | null) => (value === null || value <= 0 ? 0 : Math.max(value, px(MIN_BAR)));
  const kindName = { planned: 'kế hoạch', disbursed: 'đã giải ngân' };
  const fills = { planned: colours.bar, disbursed: colours.c1 };
  const legend = [
    { kind: 'planned', label: 'Kế hoạch', left: 0 },
    { kind: 'disbursed', label: 'Đã giải ngân', left: fontSize * 7 },
  ] as const;
  const legendY = fontSize;
  const totalIndex = sources.findIndex((s) => s.total);

  return plotSvg(
    { id: spec.id, width, height, fontSize },
    {
      marginLeft: 0,
      marginRight: valueRoom,
      marginTop: 0,
      marginBottom: 0,
      x: { domain: [0, xMax], axis: null },
      // Rows are layout, not data: positions in px.
      y: { type: 'identity', axis: null },
      marks: [
        Plot.rect(legend, {
          className: 'budget-legend',
          x1: (d: (typeof legend)[number]) => px(d.left),
          x2: (d: (typeof legend)[number]) => px(d.left + fontSize),
          y1: legendY - fontSize * 0.8,
          y2: legendY + fontSize * 0.1,
          render: perDatum(legend, (d) => ({ class: d.kind, fill: fills[d.kind] })),
        }),
        Plot.text(legend, {
          className: 'budget-legend',
          x: (d: (typeof legend)[number]) => px(d.left + fontSize * 1.4),
          y: legendY,
          lineAnchor: 'bottom',
          textAnchor: 'start',
          text: 'label',
          fill: colours.text,
        }),
        totalIndex > 0
          ? Plot.ruleY([headerY(totalIndex) - fontSize * 1.8], {
              className: 'baseline',
              x1: 0,
              x2: px(width),
              stroke: colours.baseline,
            })
          : null,
        Plot.text(sources, {
          className: 'budget-label',
          frameAnchor: 'left',
          y: (_: BudgetSource, i: number) => headerY(i),
          lineAnchor: 'bottom',
          textAnchor: 'start',
          text: (s: BudgetSource) => `${fitText(s.label, fontSize, width * 0.6)}${s.share === null ? '' : ` — ${shareText(s)}`}`,
          fontWeight: 'bold',
          fill: colours.text,
        }),
        Plot.rect(bars, {
          className: 'budget-bars',
          x1: 0,
          x2: (b: BudgetBar) => barEnd(b.value),
          y1: 'top',
          y2: (b: BudgetBar) => b.top + barHeight,
          render: perDatum(bars, (b) => ({
            class: `point budget ${b.kind}`,
            fill: fills[b.kind],
            'data-label': `${b.source.label}: ${kindName[b.kind]}`,
            'data-value': b.value === null ? NO_DATA : format(b.value, b.source.decimals[b.kind]),
          })),
        }),
        Plot.text(bars, {
          className: 'bar-value',
          x: (b: BudgetBar) => barEnd(b.value),
          y: (b: BudgetBar) => b.top + barHeight / 2,
          dx: 4,
          textAnchor: 'start',
          text: valueText,
          fill: colours.text,
          stroke: colours.background,
          strokeWidth: 3,
          strokeLinejoin: 'round',
          paintOrder: 'stroke',
        }),
      ],
    },
  );
}

/** A budget chart: planned against disbursed for each source and their total, with the share disbursed. */
export function budgetChart(table: Pick<Table, 'rows' | 'decimals'>, spec: BudgetSpec): ChartModel {
  const sources = budgetData(table, spec);
  const format = valueFormatter(spec.format);
  const cell = (value: number | null, decimals: number | undefined, printed: number | undefined) => ({
    text: value === null ? '–' : format(value, decimals),
    sort: value,
    decimals: printed,
  });
  return {
    id: spec.id,
    type: 'budget',
    svg: bothLayouts((layout) => renderBudget(sources, spec, layout)),
    table: {
      columns: [
        { label: 'Nguồn vốn', numeric: false },
        { label: 'Kế hoạch', numeric: true },
        { label: 'Đã giải ngân', numeric: true },
        { label: 'Tỷ lệ giải ngân', numeric: true },
      ],
      rows: sources.map((s) => [
        { text: s.label, sort: s.label },
        cell(s.planned, s.decimals.planned, s.printed.planned),
        cell(s.disbursed, s.decimals.disbursed, s.printed.disbursed),
        {
          text: s.share === null ? '–' : formatPercent(s.share, { digits: s.decimals.share }),
          sort: s.share,
          decimals: s.printed.share,
        },
      ]),
    },
  };
}

export const budgetType = chartType({
  type: 'budget',
  schema: budgetSpecSchema,
  columns: (spec) => [
    { path: ['key'], column: spec.key },
    { path: ['value'], column: spec.value, numeric: true },
  ],
  keys: (spec) => [
    ...spec.sources.map((s, i) => ({ path: ['sources', i], column: spec.key, values: rowsOf(s), once: true })),
    ...(spec.total ? [{ path: ['total'], column: spec.key, values: rowsOf(spec.total), once: true }] : []),
  ],
  build: budgetChart,
});
