import { splits } from '../charts/breaks.ts';
import { buildChart } from '../charts/buildChart.ts';
import { chartSpecSchema, type LineSpec } from '../charts/chartSpec.ts';
import { sourceLine } from '../charts/chartSources.ts';
import { lineData, type LineData } from '../charts/lineChart.ts';
import type { ChartModel } from '../charts/model.ts';
import { valueFormatter } from '../charts/valueFormat.ts';
import { printedDecimalsOf } from '../data/printed.ts';
import type { Province } from '../data/provinces.ts';
import type { Row, Table } from '../data/table.ts';
import { joinNames } from '../format/names.ts';
import { formatYears } from '../format/years.ts';
import { rowsWhere } from './observations.ts';
import type { Province2025 } from './provinces2025.ts';

/** The dataset of the income-line poverty series, 2006–2016. */
export const POVERTY_RATE_ID = 'poverty-rate-by-province';
/** The country row's name in the GSO tables. */
export const COUNTRY_SERIES = 'Cả nước';
/** The region's label at its line end and in the data table. */
export const REGION_LABEL = 'Cả vùng';

/** A chart ready for `ChartFigure`: spec, model and source line. */
export interface ProvinceChart {
  spec: LineSpec;
  model: ChartModel;
  source: string;
}

interface SeriesFacts {
  /** The name the page uses (the reference table's, for the province). */
  label: string;
  first: { year: number; value: number; decimals?: number } | null;
  last: { year: number; value: number; decimals?: number } | null;
  missing: number[];
}

function seriesFacts(
  rows: Row[],
  decimalsOf: (row: Row, column: string) => number | undefined,
  name: string,
  label: string,
  years: number[],
): SeriesFacts {
  const byYear = new Map(rows.filter((r) => r.province === name).map((r) => [r.year as number, r]));
  const values = new Map([...byYear].map(([year, r]) => [year, r.value]));
  const present = years
    .filter((y) => typeof values.get(y) === 'number')
    .map((year) => ({ year, value: values.get(year) as number, decimals: decimalsOf(byYear.get(year)!, 'value') }));
  return {
    label,
    first: present[0] ?? null,
    last: present.at(-1) ?? null,
    missing: years.filter((y) => typeof values.get(y) !== 'number'),
  };
}

/**
 * Where the lines break, in words for the description: a break of every series, or of the
 * highlighted series it splits (Hà Nội's boundary change of 2008), with the mark of its note.
 *
 * @example breakSentences(data) // ['Đường của Hà Nội bị ngắt trước năm 2008, xem ghi chú (1).', 'Đường bị ngắt trước năm 2010, xem ghi chú (2).']
 */
export function breakSentences({ breaks, series }: Pick<LineData, 'breaks' | 'series'>): string[] {
  return breaks.flatMap((b) => {
    if (b.provinces === null) return [`Đường bị ngắt trước năm ${b.before}, xem ghi chú ${b.mark}.`];
    const split = series.filter((s) => s.colour && splits(b, s.codes)).map((s) => s.label);
    return split.length === 0 ? [] : [`Đường của ${split.join(', ')} bị ngắt trước năm ${b.before}, xem ghi chú ${b.mark}.`];
  });
}

/** One line of a poverty chart: the table's own name for the series, the page's, and its line-end label. */
interface PovertyLine {
  level: 'province' | 'region' | 'country';
  /** The series as the table names it (its `province` column). */
  series: string;
  /** The name the description and notes use. */
  label: string;
  /** The label at the line end, when shorter than `label`. */
  lineLabel?: string;
}

/** What a poverty chart says about itself; `span` is its years, `2006–2016`. */
interface PovertyChartText {
  id: string;
  title: (span: string) => string;
  subtitle: string;
  description: (span: string) => string;
}

/**
 * The income-line poverty chart of some lines of the table, highlighted in the order given and
 * broken wherever the dataset declares a break for a series; notes and description written
 * from the data, numbers as the chart formats them. Shared by the page of a province of before
 * and the page of a unit since 2025 (one line per province it joins).
 */
function povertyLinesChart(
  table: Table,
  provinces: ReadonlyMap<string, Province>,
  lines: readonly PovertyLine[],
  text: PovertyChartText,
): ProvinceChart {
  const rows = table.rows.filter((r) => lines.some((line) => r.level === line.level && r.province === line.series));
  const years = [...new Set(rows.map((r) => r.year as number))].sort((a, b) => a - b);
  const format = { unit: 'percent' as const };
  const formatter = valueFormatter(format);
  const fmt = (n: { value: number; decimals?: number }) => formatter(n.value, n.decimals);
  const decimalsOf = printedDecimalsOf(table);
  const facts = lines.map((line) => seriesFacts(rows, decimalsOf, line.series, line.label, years));
  const span = `${years[0]}–${years.at(-1)}`;
  const preliminary = [...new Set(rows.filter((r) => r.status === 'preliminary').map((r) => r.year as number))];

  const describe = ({ label, first, last, missing }: SeriesFacts): string => {
    if (!first || !last) return `${label}: không có số liệu.`;
    const gap = missing.length > 0 ? `; không có số liệu năm ${formatYears(missing)}` : '';
    if (first.year === last.year) return `${label}: ${fmt(first)} năm ${first.year}${gap}.`;
    return `${label}: ${fmt(first)} năm ${first.year}, ${fmt(last)} năm ${last.year}${gap}.`;
  };

  // The notes of the breaks come from the data, with the chart (ChartModel.notes).
  const notes = [
    preliminary.length > 0
      ? `Số năm ${formatYears(preliminary)} là số sơ bộ, vẫn theo chuẩn thu nhập, không phải chuẩn nghèo đa chiều.`
      : null,
    ...facts
      .filter((f) => f.missing.length > 0)
      .map((f) => `${f.label} không có số liệu năm ${formatYears(f.missing)}: nguồn để trống.`),
    'Số khảo sát mức sống của Tổng cục Thống kê, khác số rà soát hộ nghèo hằng năm của các địa phương.',
  ].filter((note): note is string => note !== null);

  const draft = chartSpecSchema.parse({
    id: text.id,
    type: 'line',
    dataset: table.id,
    title: text.title(span),
    subtitle: text.subtitle,
    description: text.description(span),
    notes,
    filter: { level: [...new Set(lines.map((l) => l.level))], province: lines.map((l) => l.series) },
    x: 'year',
    y: 'value',
    series: 'province',
    highlight: lines.map((l) => ({ series: l.series, ...(l.lineLabel === undefined ? {} : { label: l.lineLabel }) })),
    context: false,
    format,
  }) as LineSpec;
  const spec: LineSpec = {
    ...draft,
    description: [draft.description, ...facts.map(describe), ...breakSentences(lineData(table, draft))].join(' '),
  };
  return { spec, model: buildChart(spec, table, { provinces: new Map(provinces) }), source: sourceLine(table, spec) };
}

/** The table's own name for a province's series (found through its code), or null when it has no row. */
function seriesName(table: Table, province: Province): string | null {
  const own = rowsWhere(table, { province_code: province.code, level: 'province' });
  return own.length === 0 ? null : String(own[0].province);
}

/**
 * The line chart of a province's poverty rate (income line, 2006–2016) beside its region and
 * the country, broken wherever the dataset declares a break for a series (the change of poverty
 * line in 2010; for Hà Nội, Vĩnh Phúc and Hòa Bình, the boundary change of 2008): the chart's
 * notes say why. Title, subtitle and description are written from the data, numbers formatted
 * as the chart formats them: with the decimals the source printed. Null when the dataset has no
 * row for the province.
 *
 * @example povertyTrendChart(povertyTable, laiChau, provinces)?.spec.title // 'Tỷ lệ hộ nghèo của Lai Châu, 2006–2016'
 */
export function povertyTrendChart(
  table: Table,
  province: Province,
  provinces: ReadonlyMap<string, Province>,
): ProvinceChart | null {
  // Series are named by the table's own `province` column, found through the code.
  const name = seriesName(table, province);
  if (name === null) return null;
  return povertyLinesChart(
    table,
    provinces,
    [
      { level: 'province', series: name, label: province.name, lineLabel: province.name },
      // "Cả vùng" beside "Cả nước": the subtitle names the region, whose full name would not fit at the line end on a phone.
      { level: 'region', series: province.region, label: `Vùng ${province.region}`, lineLabel: REGION_LABEL },
      { level: 'country', series: COUNTRY_SERIES, label: COUNTRY_SERIES },
    ],
    {
      id: `tinh-${province.slug}-ty-le-ho-ngheo`,
      title: (span) => `Tỷ lệ hộ nghèo của ${province.name}, ${span}`,
      subtitle: `Theo chuẩn thu nhập, % số hộ; so với cả vùng ${province.region} và cả nước.`,
      description: (span) =>
        `Biểu đồ đường tỷ lệ hộ nghèo theo chuẩn thu nhập của ${province.name}, của vùng ${province.region} và của cả nước, ${span}.`,
    },
  );
}

/**
 * The poverty rate of the provinces of before that a unit since 1 July 2025 joins, one line per
 * province, side by side and never added up: the survey published no series for the new unit.
 * Breaks as on each province's own chart. Null when the dataset has no row for any of them.
 *
 * @example predecessorsTrendChart(povertyTable, tuyenQuang2025, provinces)?.spec.highlight.map((h) => h.label) // ['Hà Giang', 'Tuyên Quang']
 */
export function predecessorsTrendChart(
  table: Table,
  unit: Pick<Province2025, 'name' | 'slug' | 'unitType' | 'predecessors' | 'merged'>,
  provinces: ReadonlyMap<string, Province>,
): ProvinceChart | null {
  const lines = unit.predecessors.flatMap((p): PovertyLine[] => {
    const name = seriesName(table, p);
    return name === null ? [] : [{ level: 'province', series: name, label: p.name, lineLabel: p.name }];
  });
  if (lines.length === 0) return null;
  const names = joinNames(unit.predecessors.map((p) => p.name));
  const text: PovertyChartText = unit.merged
    ? {
        id: `tinh-2025-${unit.slug}-ty-le-ho-ngheo`,
        title: (span) => `Tỷ lệ hộ nghèo của các tỉnh nay thuộc ${unit.unitType} ${unit.name}, ${span}`,
        subtitle: 'Theo chuẩn thu nhập, % số hộ; mỗi đường là một tỉnh trước 01/07/2025, không cộng gộp.',
        description: (span) =>
          `Biểu đồ đường tỷ lệ hộ nghèo theo chuẩn thu nhập của ${names}, các tỉnh trước 01/07/2025 nay thuộc ${unit.unitType} ${unit.name}, ${span}.`,
      }
    : {
        id: `tinh-2025-${unit.slug}-ty-le-ho-ngheo`,
        title: (span) => `Tỷ lệ hộ nghèo của ${names}, ${span}`,
        subtitle: 'Theo chuẩn thu nhập, % số hộ; địa giới trước 01/07/2025, không đổi khi sắp xếp.',
        description: (span) => `Biểu đồ đường tỷ lệ hộ nghèo theo chuẩn thu nhập của ${names}, ${span}.`,
      };
  return povertyLinesChart(table, provinces, lines, text);
}
