import { extent, ticks } from 'd3-array';
import * as Plot from '@observablehq/plot';
import { z } from 'zod';
import { printedDecimalsOf } from '../data/printed.ts';
import type { Row, Table } from '../data/table.ts';
import { compareVi } from '../format/collate.ts';
import type { Markup } from '../svg/svg.ts';
import { say } from '../ui/messages.ts';
import { chartBreaks, provinceColumn } from './breaks.ts';
import { chartType, type SpecProblem } from './chartType.ts';
import type { ChartContext } from './context.ts';
import { bothLayouts, type Layout } from './layout.ts';
import type { ChartModel, DataTableModel } from './model.ts';
import { palette } from './palette.ts';
import { perDatum, plotSvg } from './plot/plotSvg.ts';
import { margins, tickLabels, unitLabel } from './plot/marks.ts';
import { chartRows, numberOf } from './rows.ts';
import { column, commonFields, scalar, text } from './specFields.ts';
import { axisUnit, valueFormatSchema, valueFormatter, type ValueFormat } from './valueFormat.ts';

/** One axis: a number column, of the chart's dataset or of another one, with its own filter. */
const axisSchema = z.strictObject({
  /** Another dataset by province (its id); by default the chart's own. */
  dataset: text.optional(),
  column,
  /** Rows of this axis only (a year, an indicator); on the chart's dataset, added to the chart's filter. */
  filter: commonFields.filter,
  /** The axis title and the words of the tooltip, e.g. `Tỷ lệ hộ nghèo`. */
  label: text,
  /** How this axis writes its values; by default the chart's `format`. */
  format: valueFormatSchema.optional(),
});

export const scatterSpecSchema = z.strictObject({
  ...commonFields,
  type: z.literal('scatter'),
  x: axisSchema,
  y: axisSchema,
  /** Provinces named beside their dot: a list of codes, or the n furthest from the trend line. */
  label: z.union([z.array(scalar).min(1), z.strictObject({ furthest: z.int().min(1).max(10) })]).optional(),
  /** Provinces drawn in colour and named. */
  highlight: z.array(scalar).default([]),
});
export type ScatterSpec = z.output<typeof scatterSpecSchema>;
type Axis = ScatterSpec['x'];

export interface ScatterValue {
  value: number | null;
  decimals?: number;
}

export interface ScatterPoint {
  code: string;
  name: string;
  x: ScatterValue;
  y: ScatterValue;
  highlighted: boolean;
  /** Named beside its dot. */
  labelled: boolean;
}

export interface ScatterData {
  /** Every province of the chart's rows, by name; those without both values are not drawn. */
  points: ScatterPoint[];
  /** The least-squares line through the drawn points; null with fewer than three. */
  fit: { slope: number; intercept: number } | null;
  /** What the notes under the chart say: who is left out, how the named outliers were chosen. */
  notes: string[];
}

const listVi = new Intl.ListFormat('vi', { type: 'conjunction' });

/** The table an axis reads: the chart's own, or the dataset it names (from the context's tables). */
function axisTable(axis: Axis, table: Table, context: ChartContext): Table | undefined {
  return axis.dataset === undefined ? table : context.tables?.get(axis.dataset);
}

/** The rows an axis reads: on the chart's dataset, the chart's filter and the axis's; on another, the axis's only. */
function axisRows(axis: Axis, spec: ScatterSpec, table: Table): Row[] {
  const filter = axis.dataset === undefined ? { ...spec.filter, ...axis.filter } : axis.filter;
  return chartRows(table, { filter });
}

/** The rows of an axis by province code; a code of several rows is an error the spec check reports. */
function byProvince(rows: Row[], codeColumn: string): Map<string, Row[]> {
  const found = new Map<string, Row[]>();
  for (const row of rows) {
    const code = row[codeColumn];
    if (typeof code !== 'string') continue;
    found.set(code, [...(found.get(code) ?? []), row]);
  }
  return found;
}

/**
 * The least-squares line y = slope·x + intercept; null with fewer than three points or no spread in x.
 *
 * @example leastSquares([[0, 1], [1, 3], [2, 5]]) // { slope: 2, intercept: 1 }
 */
export function leastSquares(pairs: readonly (readonly [number, number])[]): { slope: number; intercept: number } | null {
  if (pairs.length < 3) return null;
  const mx = pairs.reduce((s, [x]) => s + x, 0) / pairs.length;
  const my = pairs.reduce((s, [, y]) => s + y, 0) / pairs.length;
  const sxx = pairs.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const slope = pairs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
  return { slope, intercept: my - slope * mx };
}

/**
 * The provinces of the chart's rows (its dataset's province code column), each with its value on
 * both axes, joined by province code, sorted by name. A province without both values is kept in
 * the table but not drawn, and the notes say how many and which. Named: the listed codes, or the
 * n furthest (vertically) from the least-squares line, and the highlighted ones.
 */
export function scatterData(table: Table, spec: ScatterSpec, context: ChartContext): ScatterData {
  const own = provinceColumn(table);
  if (own === undefined) throw new Error(`chart ${spec.id}: dataset ${table.id} has no province code column`);
  const codes = [...new Set(chartRows(table, spec).map((row) => row[own]))].filter((c): c is string => typeof c === 'string');
  const valuesOf = (axis: Axis, name: 'x' | 'y') => {
    const source = axisTable(axis, table, context);
    if (!source) throw new Error(`chart ${spec.id}: ${name}.dataset ${axis.dataset} is not among the context's tables`);
    const codeColumn = provinceColumn(source);
    if (codeColumn === undefined) throw new Error(`chart ${spec.id}: dataset ${source.id} has no province code column`);
    const decimalsOf = printedDecimalsOf(source);
    const rows = byProvince(axisRows(axis, spec, source), codeColumn);
    return (code: string): ScatterValue => {
      const found = rows.get(code) ?? [];
      if (found.length > 1) throw new Error(`chart ${spec.id}: ${found.length} rows for ${code} on the ${name} axis`);
      return found.length === 0
        ? { value: null }
        : { value: numberOf(found[0], axis.column), decimals: decimalsOf(found[0], axis.column) };
    };
  };
  const xOf = valuesOf(spec.x, 'x');
  const yOf = valuesOf(spec.y, 'y');
  const highlighted = new Set(spec.highlight.map(String));
  const points = codes
    .map((code) => ({
      code,
      name: context.provinces.get(code)?.name ?? code,
      x: xOf(code),
      y: yOf(code),
      highlighted: highlighted.has(code),
      labelled: highlighted.has(code),
    }))
    .sort((a, b) => compareVi(a.name, b.name));
  const drawn = points.filter(isDrawn);
  const fit = leastSquares(drawn.map((p) => [p.x.value, p.y.value] as const));
  const notes: string[] = [];
  if (Array.isArray(spec.label)) {
    const named = new Set(spec.label.map(String));
    for (const p of points) if (named.has(p.code)) p.labelled = true;
  } else if (spec.label && fit) {
    const distance = (p: DrawnPoint) => Math.abs(p.y.value - (fit.slope * p.x.value + fit.intercept));
    const furthest = [...drawn].sort((a, b) => distance(b) - distance(a)).slice(0, spec.label.furthest);
    for (const p of furthest) p.labelled = true;
    notes.push(
      `Ghi tên ${furthest.length} tỉnh cách xa đường xu hướng nhất (nét đứt: đường thẳng khớp nhất với các điểm theo phương pháp bình phương nhỏ nhất): ${listVi.format(furthest.map((p) => p.name))}.`,
    );
  }
  const left = points.filter((p) => !isDrawn(p));
  if (left.length > 0) {
    const missing = (p: ScatterPoint) =>
      [p.x.value === null ? spec.x.label.toLowerCase() : null, p.y.value === null ? spec.y.label.toLowerCase() : null]
        .filter(Boolean)
        .join(' và ');
    notes.push(
      `${left.length} tỉnh không có đủ số liệu, không vẽ: ${listVi.format(left.map((p) => `${p.name} (thiếu ${missing(p)})`))}.`,
    );
  }
  return { points, fit: spec.label && !Array.isArray(spec.label) ? fit : null, notes };
}

type DrawnPoint = ScatterPoint & { x: { value: number }; y: { value: number } };
const isDrawn = (p: ScatterPoint): p is DrawnPoint => p.x.value !== null && p.y.value !== null;

const formatOf = (axis: Axis, spec: ScatterSpec): ValueFormat => axis.format ?? spec.format;

/** An axis title with its unit: `Tỷ lệ hộ nghèo (%)`. */
function axisTitle(axis: Axis, spec: ScatterSpec): string {
  const unit = axisUnit(formatOf(axis, spec));
  return unit ? `${axis.label} (${unit})` : axis.label;
}

/** Ticks are round numbers written without their unit, which the axis title carries. */
const tickFormatter = (format: ValueFormat) => {
  const write = valueFormatter({ ...format, digits: undefined });
  return (n: number) => write(n).replace(/ điểm %$|%$| tỷ đồng$| triệu đồng$/, '');
};

function renderScatter(data: ScatterData, spec: ScatterSpec, layout: Layout): Markup {
  const { width, fontSize } = layout;
  const colours = palette.light;
  const formatX = valueFormatter(formatOf(spec.x, spec));
  const formatY = valueFormatter(formatOf(spec.y, spec));
  const margin = { top: fontSize * 2.4, right: fontSize * 1.5, bottom: fontSize * 3.6, left: fontSize * 3 };
  const height = Math.round(width * (width < 400 ? 0.95 : 0.62));
  const drawn = data.points.filter(isDrawn);
  const x = Plot.scale({
    x: { domain: extent(drawn, (p) => p.x.value) as [number, number], nice: true, range: [margin.left, width - margin.right] },
  });
  const y = Plot.scale({
    y: { domain: extent(drawn, (p) => p.y.value) as [number, number], nice: true, range: [height - margin.bottom, margin.top] },
  });
  const [x0, x1] = x.domain as [number, number];
  const [y0, y1] = y.domain as [number, number];
  const xTicks = ticks(x0, x1, width < 400 ? 4 : 7);
  const yTicks = ticks(y0, y1, 5);
  const attributes = (p: DrawnPoint) => ({
    class: 'point',
    'data-label': p.name,
    'data-value': `${spec.x.label} ${formatX(p.x.value, p.x.decimals)}; ${spec.y.label} ${formatY(p.y.value, p.y.decimals)}`,
  });
  const plain = drawn.filter((p) => !p.highlighted);
  const highlighted = drawn.filter((p) => p.highlighted);
  const named = drawn.filter((p) => p.labelled);
  // A name to the right of its dot, or to the left near the right edge.
  const nameSide = (right: boolean) =>
    Plot.text(
      named.filter((p) => x.apply(p.x.value) < width * 0.7 === right),
      {
        className: 'point-label',
        x: (p: DrawnPoint) => p.x.value,
        y: (p: DrawnPoint) => p.y.value,
        dx: right ? 7 : -7,
        textAnchor: right ? 'start' : 'end',
        text: 'name',
        fill: colours.text,
        stroke: colours.background,
        strokeWidth: 3,
        paintOrder: 'stroke',
      },
    );
  const fit = data.fit;

  return plotSvg(
    { id: spec.id, width, height, fontSize },
    {
      ...margins(margin),
      x: { domain: [x0, x1] },
      y: { domain: [y0, y1] },
      marks: [
        Plot.ruleY(yTicks, { className: 'grid', stroke: colours.grid }),
        Plot.ruleX(xTicks, { className: 'grid', stroke: colours.grid }),
        tickLabels('y', yTicks, {
          tickFormat: tickFormatter(formatOf(spec.y, spec)),
        }),
        tickLabels('x', xTicks, {
          tickFormat: tickFormatter(formatOf(spec.x, spec)),
        }),
        unitLabel(axisTitle(spec.y, spec), fontSize, { dx: -margin.left, dy: -fontSize * 0.9, textAnchor: 'start' }),
        unitLabel(axisTitle(spec.x, spec), fontSize, {
          frameAnchor: 'bottom-right',
          dx: 0,
          dy: fontSize * 2.6,
        }),
        fit
          ? Plot.line([x0, x1], {
              className: 'trend',
              x: (v: number) => v,
              y: (v: number) => fit.slope * v + fit.intercept,
              stroke: colours.muted,
              strokeDasharray: '5 4',
              strokeWidth: 1.5,
              clip: true,
            })
          : null,
        Plot.dot(plain, {
          className: 'province',
          x: (p: DrawnPoint) => p.x.value,
          y: (p: DrawnPoint) => p.y.value,
          r: 4,
          fill: colours.bar,
          fillOpacity: 0.75,
          stroke: colours.background,
          strokeWidth: 0.75,
          render: perDatum(plain, attributes),
        }),
        Plot.dot(highlighted, {
          className: 'province highlight',
          x: (p: DrawnPoint) => p.x.value,
          y: (p: DrawnPoint) => p.y.value,
          r: 5.5,
          fill: palette.entities.province.light,
          stroke: colours.background,
          strokeWidth: 1,
          render: perDatum(highlighted, attributes),
        }),
        nameSide(true),
        nameSide(false),
      ],
    },
  );
}

function scatterTable(data: ScatterData, spec: ScatterSpec): DataTableModel {
  const cell = ({ value, decimals }: ScatterValue, axis: Axis) => ({
    text: value === null ? '–' : valueFormatter(formatOf(axis, spec))(value, decimals),
    sort: value,
    decimals,
  });
  return {
    columns: [
      { label: 'Tỉnh, thành phố', numeric: false },
      { label: spec.x.label, numeric: true },
      { label: spec.y.label, numeric: true },
    ],
    rows: data.points.map((p) => [{ text: p.name, sort: p.name }, cell(p.x, spec.x), cell(p.y, spec.y)]),
  };
}

/** A scatter chart: one dot per province, x against y (from one dataset or two, joined by province code). */
export function scatterChart(table: Table, spec: ScatterSpec, context: ChartContext): ChartModel {
  const data = scatterData(table, spec, context);
  const year = table.schema.columns.find((c) => c.type === 'year')?.name;
  const breaks = year === undefined ? [] : chartBreaks(table, chartRows(table, spec), year);
  return {
    id: spec.id,
    type: 'scatter',
    svg: bothLayouts((layout) => renderScatter(data, spec, layout)),
    table: scatterTable(data, spec),
    notes: [...breaks.map((b) => b.note), ...data.notes],
  };
}

/** Each axis reads a dataset by province, one row per province; named and highlighted codes are provinces of the chart. */
function checkScatter(spec: ScatterSpec, rows: Row[], table: Table, context: ChartContext): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const own = provinceColumn(table);
  if (own === undefined) {
    return [{ path: ['dataset'], value: spec.dataset, said: say('chart.noProvinceColumn', { dataset: spec.dataset }) }];
  }
  for (const name of ['x', 'y'] as const) {
    const axis = spec[name];
    const source = axisTable(axis, table, context);
    if (!source) continue; // an unknown dataset is reported with the columns
    const codeColumn = provinceColumn(source);
    if (codeColumn === undefined) {
      problems.push({ path: [name, 'dataset'], value: source.id, said: say('chart.noProvinceColumn', { dataset: source.id }) });
      continue;
    }
    const picked = axisRows(axis, spec, source);
    if (picked.length === 0) {
      problems.push({ path: [name, 'filter'], value: JSON.stringify(axis.filter), said: say('chart.noRows') });
      continue;
    }
    const repeated = [...byProvince(picked, codeColumn)].find(([, found]) => found.length > 1);
    if (repeated) {
      const label = context.provinces.get(repeated[0])?.name ?? repeated[0];
      problems.push({
        path: [name, 'filter'],
        value: JSON.stringify(axis.filter),
        said: say('chart.axisRowRepeated', { label, count: repeated[1].length, axis: name }),
      });
    }
  }
  const codes = new Set(rows.map((row) => String(row[own])));
  const named = Array.isArray(spec.label) ? spec.label : [];
  for (const [field, values] of [
    ['highlight', spec.highlight],
    ['label', named],
  ] as const) {
    values.forEach((value, i) => {
      if (!codes.has(String(value))) {
        problems.push({
          path: [field, i],
          value,
          said: say('data.noRowWithValue', { dataset: spec.dataset, column: own, value }),
        });
      }
    });
  }
  return problems;
}

export const scatterType = chartType({
  type: 'scatter',
  schema: scatterSpecSchema,
  columns: (spec) =>
    (['x', 'y'] as const).flatMap((name) => {
      const { dataset, column: axisColumn, filter } = spec[name];
      return [
        { path: [name, 'column'], column: axisColumn, numeric: true, ...(dataset ? { dataset } : {}) },
        ...Object.keys(filter).map((key) => ({ path: [name, 'filter', key], column: key, ...(dataset ? { dataset } : {}) })),
      ];
    }),
  keys: () => [],
  check: checkScatter,
  build: scatterChart,
});
