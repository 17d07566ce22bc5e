import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Table } from '../data/table.ts';
import { formatPercent } from '../format/number.ts';
import { el, type Markup } from '../svg/svg.ts';
import { z } from 'zod';
import { chartType } from './chartType.ts';
import { column, commonFields, text } from './specFields.ts';
import { keyedValues } from './keyedValues.ts';
import { fitText, layouts, svgAttributes, type Layout } from './layout.ts';
import type { ChartModel } from './model.ts';
import { columnDecimals, valueFormatter } from './valueFormat.ts';

export const budgetSpecSchema = z.strictObject({
  ...commonFields,
  type: z.literal('budget'),
  key: column,
  value: column,
  /** Budget sources (central, local…): the rows holding planned and disbursed amounts. */
  sources: z
    .array(
      z.strictObject({
        label: text,
        planned: text,
        disbursed: text,
        /** The row holding the share disbursed as the source printed it; computed when absent. */
        share: text.optional(),
      }),
    )
    .min(1),
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
}

/** A share Thước Đo computes (disbursed / planned) is shown with one decimal. */
const COMPUTED_SHARE_DIGITS = 1;

/** Planned and disbursed amounts by budget source; amounts all with the same decimals, shares too. */
export function budgetData(table: Pick<Table, 'rows' | 'decimals'>, spec: BudgetSpec): BudgetSource[] {
  const keys = spec.sources.flatMap((s) => [s.planned, s.disbursed, ...(s.share ? [s.share] : [])]);
  const values = keyedValues(table, spec, keys);
  const sources = spec.sources.map((s) => {
    const planned = values.get(s.planned)!;
    const disbursed = values.get(s.disbursed)!;
    const printed = s.share ? values.get(s.share)! : null;
    const computed =
      planned.value !== null && disbursed.value !== null && planned.value !== 0 ? (disbursed.value / planned.value) * 100 : null;
    return {
      label: s.label,
      planned: planned.value,
      disbursed: disbursed.value,
      share: printed ? printed.value : computed,
      shareComputed: !printed,
      printed: {
        planned: planned.decimals,
        disbursed: disbursed.decimals,
        share: printed ? printed.decimals : COMPUTED_SHARE_DIGITS,
      },
    };
  });
  const amounts = columnDecimals(
    sources.flatMap((s) => [
      { value: s.planned, decimals: s.printed.planned },
      { value: s.disbursed, decimals: s.printed.disbursed },
    ]),
  );
  const shares = columnDecimals(sources.map((s) => ({ value: s.share, decimals: s.printed.share })));
  return sources.map((s) => ({ ...s, decimals: { planned: amounts, disbursed: amounts, share: shares } }));
}

const shareText = (s: BudgetSource) =>
  s.share === null ? '' : `đã giải ngân ${formatPercent(s.share, { digits: s.decimals.share })}`;

function renderBudget(sources: BudgetSource[], spec: BudgetSpec, layout: Layout): Markup {
  const { width, fontSize } = layout;
  const format = valueFormatter(spec.format);
  const barHeight = fontSize * 1.3;
  const step = fontSize * 1.6 + barHeight * 2 + 4 + fontSize * 1.2;
  const height = Math.round(step * sources.length + fontSize * 3.4);
  const valueRoom = width < 400 ? 96 : 130;
  const x = scaleLinear()
    .domain([0, max(sources, (s) => Math.max(s.planned ?? 0, s.disbursed ?? 0)) ?? 1])
    .range([0, width - valueRoom]);
  const legendY = fontSize;
  return el(
    'svg',
    svgAttributes(spec.id, width, height, fontSize),
    el(
      'g',
      { class: 'budget-legend', 'aria-hidden': 'true' },
      el('rect', { class: 'planned', x: 0, y: legendY - fontSize * 0.8, width: fontSize, height: fontSize * 0.9 }),
      el('text', { x: fontSize * 1.4, y: legendY, 'font-size': fontSize }, 'Kế hoạch'),
      el('rect', { class: 'disbursed', x: fontSize * 7, y: legendY - fontSize * 0.8, width: fontSize, height: fontSize * 0.9 }),
      el('text', { x: fontSize * 8.4, y: legendY, 'font-size': fontSize }, 'Đã giải ngân'),
    ),
    sources.map((s, i) => {
      const top = fontSize * 3.4 + i * step;
      const barTop = top + fontSize * 0.6;
      const bar = (kind: 'planned' | 'disbursed', value: number | null, y: number, name: string) =>
        el(
          'g',
          {
            class: `point budget ${kind}`,
            'data-label': `${s.label}: ${name}`,
            'data-value': value === null ? 'không có số liệu' : format(value, s.decimals[kind]),
          },
          value === null ? null : el('rect', { x: 0, y, width: Math.max(x(value), 1), height: barHeight }),
          el(
            'text',
            {
              class: 'bar-value',
              x: (value === null ? 0 : Math.max(x(value), 1)) + 4,
              y: y + barHeight / 2,
              dy: '0.32em',
              'font-size': fontSize,
            },
            value === null ? '–' : format(value, s.decimals[kind]),
          ),
        );
      return el(
        'g',
        { class: 'budget-source' },
        el(
          'text',
          { class: 'budget-label', x: 0, y: top, 'font-size': fontSize, 'font-weight': 'bold' },
          fitText(s.label, fontSize, width * 0.6),
          s.share === null ? '' : ` — ${shareText(s)}`,
        ),
        bar('planned', s.planned, barTop, 'kế hoạch'),
        bar('disbursed', s.disbursed, barTop + barHeight + 4, 'đã giải ngân'),
      );
    }),
  );
}

/** A budget chart: planned against disbursed for each source, with the share disbursed. */
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
    svg: { narrow: renderBudget(sources, spec, layouts.narrow), wide: renderBudget(sources, spec, layouts.wide) },
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
  keys: (spec) =>
    spec.sources.map((s, i) => ({
      path: ['sources', i],
      column: spec.key,
      values: [s.planned, s.disbursed, ...(s.share ? [s.share] : [])],
      once: true,
    })),
  build: budgetChart,
});
