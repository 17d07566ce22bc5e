import { max, min, ticks } from 'd3-array';
import * as Plot from '@observablehq/plot';
import { z } from 'zod';
import { printedDecimalsOf } from '../data/printed.ts';
import type { Row, Table } from '../data/table.ts';
import { compareVi } from '../format/collate.ts';
import type { Markup } from '../svg/svg.ts';
import { say } from '../ui/messages.ts';
import { chartBreaks, seriesCodes, splits, type ChartBreak } from './breaks.ts';
import { chartType, type SpecProblem } from './chartType.ts';
import type { ChartContext } from './context.ts';
import { fitText, bothLayouts, textWidth, type Layout } from './layout.ts';
import type { ChartModel, DataTableModel } from './model.ts';
import { palette } from './palette.ts';
import { perDatum, plotSvg } from './plot/plotSvg.ts';
import { margins, tickLabels } from './plot/marks.ts';
import { categoryLabel, categoryName, chartRows, numberOf } from './rows.ts';
import { column, commonFields, scalar, text } from './specFields.ts';
import { valueFormatter } from './valueFormat.ts';

export const dumbbellSpecSchema = z.strictObject({
  ...commonFields,
  type: z.literal('dumbbell'),
  /** One row per value of this column (a province code is labelled with the province's name). */
  category: column,
  value: column,
  /** The two ends: the values of `column` that pick each row's first and second dot (two years, two keys). */
  compare: z.strictObject({
    column,
    from: scalar,
    to: scalar,
    /** The legend's words for each dot; by default the value itself (`2010`). */
    fromLabel: text.optional(),
    toLabel: text.optional(),
  }),
  highlight: z.array(scalar).default([]),
  /** By the second dot's value; a row without it comes last. */
  sort: z.enum(['descending', 'ascending', 'none']).default('none'),
});
export type DumbbellSpec = z.output<typeof dumbbellSpecSchema>;

const NO_DATA = 'không có số liệu';
/** A cell and a spec value are the same whether YAML wrote the value as a number or as text (`2010`, `'2010'`). */
const sameValue = (cell: unknown, wanted: string | number) => cell !== null && String(cell) === String(wanted);

export interface DumbbellEnd {
  value: number | null;
  /** The decimals the source printed the value with; unknown (shortest form) when absent. */
  decimals?: number;
}

export interface DumbbellRow {
  key: string;
  label: string;
  from: DumbbellEnd;
  to: DumbbellEnd;
  highlighted: boolean;
  /** The marks of the breaks between the two ends for this row (a boundary change): no line joins its dots. */
  breakMark?: string;
}

export interface DumbbellData {
  rows: DumbbellRow[];
  fromLabel: string;
  toLabel: string;
  /** The breaks between the two ends that split some rows (a break of every row is refused by the spec check). */
  breaks: ChartBreak[];
}

/** The chart's rows at either end, and the breaks that lie between the ends. */
function endRows(table: Pick<Table, 'rows' | 'schema'>, spec: DumbbellSpec): { rows: Row[]; breaks: ChartBreak[] } {
  const { column: by, from, to } = spec.compare;
  const rows = chartRows(table, spec).filter((row) => sameValue(row[by], from) || sameValue(row[by], to));
  return { rows, breaks: chartBreaks(table, rows, by) };
}

/**
 * One row per category with its value at each end, in the spec's order: a province code is
 * labelled with its name; a missing end stays (shown as "không có số liệu"). A row that a declared
 * break splits between the two ends (a boundary change) carries the break's mark, and no line
 * joins its dots. A break of every row throws: the spec check refuses it first, with a message.
 */
export function dumbbellData(
  table: Pick<Table, 'rows' | 'schema' | 'decimals'>,
  spec: DumbbellSpec,
  { provinces }: ChartContext,
): DumbbellData {
  const { column: by, from, to } = spec.compare;
  const { rows, breaks } = endRows(table, spec);
  const everyRow = breaks.find((b) => b.provinces === null);
  if (everyRow)
    throw new Error(`chart ${spec.id}: the break "${everyRow.label}" (${everyRow.before}) lies between ${from} and ${to}`);
  const nameOf = categoryName(table, spec.category, provinces);
  const decimalsOf = printedDecimalsOf(table);
  const codesOf = seriesCodes(table, rows, spec.category);
  const highlighted = new Set(spec.highlight.map(String));
  const keys = [...new Set(rows.map((row) => String(row[spec.category])))];
  const end = (key: string, wanted: string | number): DumbbellEnd => {
    const matches = rows.filter((row) => String(row[spec.category]) === key && sameValue(row[by], wanted));
    if (matches.length > 1) throw new Error(`chart ${spec.id}: ${matches.length} rows for ${key} at ${wanted}`);
    return matches.length === 0
      ? { value: null }
      : { value: numberOf(matches[0], spec.value), decimals: decimalsOf(matches[0], spec.value) };
  };
  const result: DumbbellRow[] = keys.map((key) => {
    const marks = breaks.filter((b) => splits(b, codesOf.get(key) ?? [])).map((b) => b.mark);
    return {
      key,
      label: nameOf(key),
      from: end(key, from),
      to: end(key, to),
      highlighted: highlighted.has(key),
      ...(marks.length > 0 ? { breakMark: marks.join(' ') } : {}),
    };
  });
  if (spec.sort !== 'none') {
    const direction = spec.sort === 'descending' ? -1 : 1;
    result.sort((a, b) => {
      if (a.to.value === null || b.to.value === null) return (a.to.value === null ? 1 : 0) - (b.to.value === null ? 1 : 0);
      return direction * (a.to.value - b.to.value) || compareVi(a.label, b.label);
    });
  }
  return { rows: result, fromLabel: spec.compare.fromLabel ?? String(from), toLabel: spec.compare.toLabel ?? String(to), breaks };
}

/** A dot of the chart: one end of one row, with the words its tooltip says. */
interface Dot {
  key: string;
  value: number;
  end: 'from' | 'to';
  label: string;
  text: string;
}

function dots(data: DumbbellData, format: (value: number, printed?: number) => string): Dot[] {
  return data.rows.flatMap((row) =>
    (['from', 'to'] as const).flatMap((end) => {
      const { value, decimals } = row[end];
      if (value === null) return [];
      const other = end === 'from' ? 'to' : 'from';
      const missing = row[other].value === null ? ` (${end === 'from' ? data.toLabel : data.fromLabel}: ${NO_DATA})` : '';
      const label = `${row.label}, ${end === 'from' ? data.fromLabel : data.toLabel}`;
      return [{ key: row.key, value, end, label, text: format(value, decimals) + missing }];
    }),
  );
}

function renderDumbbell(data: DumbbellData, spec: DumbbellSpec, layout: Layout): Markup {
  const { width, fontSize } = layout;
  const colours = palette.light;
  const format = valueFormatter(spec.format);
  const tickFormat = valueFormatter({ ...spec.format, digits: undefined });
  const rowHeight = fontSize * 1.8;
  const rowText = (row: DumbbellRow) => (row.breakMark ? `${row.label} ${row.breakMark}` : row.label);
  // Labels take at most 40% of the width; a longer one is cut (whole in the tooltip and the table).
  const maxLabel = width * 0.4;
  const labelWidth = Math.min(max(data.rows, (r) => textWidth(rowText(r), fontSize, r.highlighted ? 700 : 400)) ?? 0, maxLabel);
  const margin = { top: fontSize * 2.6, right: fontSize * 1.5, bottom: fontSize * 2.2, left: labelWidth + 10 };
  const height = Math.round(margin.top + margin.bottom + rowHeight * data.rows.length);
  const values = data.rows.flatMap((r) => [r.from.value, r.to.value]).filter((v): v is number => v !== null);
  // Dots are read by position, not length: the axis spans the data, not from zero.
  const x = Plot.scale({
    x: { domain: [min(values) ?? 0, max(values) ?? 1], nice: true, range: [margin.left, width - margin.right] },
  });
  const [x0, x1] = x.domain as [number, number];
  const xTicks = ticks(x0, x1, width < 400 ? 4 : 6);
  const all = dots(data, format);
  const fromDots = all.filter((d) => d.end === 'from');
  const toDots = all.filter((d) => d.end === 'to');
  const joined = data.rows.filter((r) => r.from.value !== null && r.to.value !== null && !r.breakMark);
  const single = data.rows.filter((r) => (r.from.value === null) !== (r.to.value === null));
  const middle = (x.range as [number, number]).reduce((a, b) => a + b) / 2;
  // A single dot says which end has no data, on the side with more room.
  const missingNote = (r: DumbbellRow) => ({
    key: r.key,
    value: (r.from.value ?? r.to.value)!,
    text: `${r.from.value === null ? data.fromLabel : data.toLabel}: ${NO_DATA}`,
    right: x.apply((r.from.value ?? r.to.value)!) < middle,
  });
  const notes = single.map(missingNote);
  const legendGap = fontSize * 0.9;
  const legendSecond = textWidth(data.fromLabel, fontSize) + legendGap * 3;
  const labels = (rows: DumbbellRow[], className: string, fontWeight: number) =>
    Plot.text(rows, {
      className,
      y: 'key',
      frameAnchor: 'left',
      dx: -8,
      textAnchor: 'end',
      text: (r: DumbbellRow) => fitText(rowText(r), fontSize, maxLabel, fontWeight),
      fill: colours.text,
      fontWeight,
    });
  const side = (right: boolean) =>
    Plot.text(
      notes.filter((n) => n.right === right),
      {
        className: 'no-data',
        x: 'value',
        y: 'key',
        dx: right ? 9 : -9,
        textAnchor: right ? 'start' : 'end',
        text: 'text',
        fontSize: fontSize * 0.85,
        fill: colours.muted,
      },
    );

  return plotSvg(
    { id: spec.id, width, height, fontSize },
    {
      ...margins(margin),
      x: { domain: [x0, x1] },
      // Rows are labelled by a text mark (names, bold when highlighted), not by the band axis's keys.
      y: { type: 'band', domain: data.rows.map((r) => r.key), padding: 0, axis: null },
      marks: [
        Plot.ruleX(
          xTicks.filter((t) => t !== 0),
          { className: 'grid', stroke: colours.grid },
        ),
        Plot.ruleX(
          xTicks.filter((t) => t === 0),
          { className: 'baseline', stroke: colours.baseline },
        ),
        tickLabels('x', xTicks, {
          tickFormat: (n: number) => tickFormat(n),
        }),
        // The legend, above the rows: a hollow dot for the first end, a filled one for the second.
        Plot.dot([0], {
          className: 'end from',
          frameAnchor: 'top-left',
          dx: legendGap / 2,
          dy: -fontSize * 1.5,
          r: 4.5,
          stroke: colours.baseline,
          strokeWidth: 2,
          fill: colours.background,
          render: perDatum([0], () => ({ class: 'legend-swatch' })),
        }),
        Plot.text([data.fromLabel], {
          className: 'legend',
          frameAnchor: 'top-left',
          dx: legendGap * 1.5,
          dy: -fontSize * 1.5,
          textAnchor: 'start',
          text: (s: string) => s,
          fill: colours.text,
        }),
        Plot.dot([0], {
          className: 'end to',
          frameAnchor: 'top-left',
          dx: legendSecond + legendGap / 2,
          dy: -fontSize * 1.5,
          r: 4.5,
          fill: colours.c1,
          render: perDatum([0], () => ({ class: 'legend-swatch' })),
        }),
        Plot.text([data.toLabel], {
          className: 'legend',
          frameAnchor: 'top-left',
          dx: legendSecond + legendGap * 1.5,
          dy: -fontSize * 1.5,
          textAnchor: 'start',
          text: (s: string) => s,
          fill: colours.text,
        }),
        labels(
          data.rows.filter((r) => !r.highlighted),
          'row-label',
          400,
        ),
        labels(
          data.rows.filter((r) => r.highlighted),
          'row-label highlight',
          700,
        ),
        Plot.ruleY(joined, {
          className: 'connector',
          y: 'key',
          x1: (r: DumbbellRow) => r.from.value,
          x2: (r: DumbbellRow) => r.to.value,
          stroke: colours.context,
          strokeWidth: 3,
        }),
        Plot.dot(fromDots, {
          className: 'end from',
          x: 'value',
          y: 'key',
          r: 4.5,
          stroke: colours.baseline,
          strokeWidth: 2,
          fill: colours.background,
          render: perDatum(fromDots, (d) => ({ class: 'point', 'data-label': d.label, 'data-value': d.text })),
        }),
        Plot.dot(toDots, {
          className: 'end to',
          x: 'value',
          y: 'key',
          r: 4.5,
          fill: colours.c1,
          render: perDatum(toDots, (d) => ({ class: 'point', 'data-label': d.label, 'data-value': d.text })),
        }),
        side(true),
        side(false),
      ],
    },
  );
}

function dumbbellTable(data: DumbbellData, spec: DumbbellSpec, table: Pick<Table, 'schema'>): DataTableModel {
  const format = valueFormatter(spec.format);
  const cell = ({ value, decimals }: DumbbellEnd, breakMark?: string) => ({
    text: value === null ? '–' : format(value, decimals),
    sort: value,
    decimals,
    ...(breakMark && value !== null ? { breakMark } : {}),
  });
  return {
    columns: [
      { label: categoryLabel(table, spec.category), numeric: false },
      { label: data.fromLabel, numeric: true },
      { label: data.toLabel, numeric: true },
    ],
    // The break's mark beside the second end's value: the first on the new basis.
    rows: data.rows.map((r) => [{ text: r.label, sort: r.label }, cell(r.from), cell(r.to, r.breakMark)]),
  };
}

/** A dumbbell chart: each row's value at two ends (two years, two sources), joined by a line unless a break lies between. */
export function dumbbellChart(
  table: Pick<Table, 'rows' | 'schema' | 'decimals'>,
  spec: DumbbellSpec,
  context: ChartContext,
): ChartModel {
  const data = dumbbellData(table, spec, context);
  return {
    id: spec.id,
    type: 'dumbbell',
    svg: bothLayouts((layout) => renderDumbbell(data, spec, layout)),
    table: dumbbellTable(data, spec, table),
    notes: data.breaks.map((b) => b.note),
  };
}

/**
 * Each end must pick rows, each category at most one per end, and no break of every row may lie
 * between the ends: a dumbbell across a change of standard would draw a change that is not there.
 */
function checkDumbbell(spec: DumbbellSpec, rows: Row[], table: Table): SpecProblem[] {
  const { column: by, from, to } = spec.compare;
  const problems: SpecProblem[] = [];
  const present = [...new Set(rows.map((row) => String(row[by])))];
  for (const [name, wanted] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!present.includes(String(wanted))) {
      problems.push({
        path: ['compare', name],
        value: wanted,
        said: say('chart.compareEndMissing', { column: by, value: wanted, values: present.join(', ') }),
      });
      continue;
    }
    const counts = new Map<string, number>();
    for (const row of rows.filter((r) => sameValue(r[by], wanted))) {
      const key = String(row[spec.category]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const repeated = [...counts].find(([, count]) => count > 1);
    if (repeated) {
      problems.push({
        path: ['compare', name],
        value: wanted,
        said: say('chart.endRepeated', {
          label: repeated[0],
          count: repeated[1],
          column: by,
          value: wanted,
          category: spec.category,
        }),
      });
    }
  }
  if (problems.length > 0) return problems;
  for (const b of endRows(table, spec).breaks.filter((b) => b.provinces === null)) {
    problems.push({
      path: ['compare', 'to'],
      value: to,
      said: say('chart.compareAcrossBreak', { from, to, label: b.label, before: b.before }),
    });
  }
  return problems;
}

export const dumbbellType = chartType({
  type: 'dumbbell',
  schema: dumbbellSpecSchema,
  columns: (spec) => [
    { path: ['category'], column: spec.category },
    { path: ['value'], column: spec.value, numeric: true },
    { path: ['compare', 'column'], column: spec.compare.column },
  ],
  keys: (spec) => [{ path: ['highlight'], column: spec.category, values: spec.highlight }],
  check: checkDumbbell,
  build: dumbbellChart,
});
