import { buildChart } from '../charts/buildChart.ts';
import { chartSpecSchema, type LineSpec } from '../charts/chartSpec.ts';
import { sourceLine } from '../charts/chartSources.ts';
import type { ChartModel } from '../charts/model.ts';
import { valueFormatter } from '../charts/valueFormat.ts';
import { printedDecimalsOf } from '../data/printed.ts';
import type { Province } from '../data/provinces.ts';
import type { Row, Table } from '../data/table.ts';
import { formatYears } from '../format/years.ts';
import { rowsWhere } from './observations.ts';

/** The dataset of the income-line poverty series, 2006–2016. */
export const POVERTY_RATE_ID = 'poverty-rate-by-province';
/** The country row's name in the GSO tables. */
export const COUNTRY_SERIES = 'Cả nước';
/** The region's label at its line end and in the data table. */
export const REGION_LABEL = 'Cả vùng';
/** The first year of the poverty line of 2011–2015: values before and after are not comparable. */
export const STANDARD_CHANGE_YEAR = 2010;

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
 * The line chart of a province's poverty rate (income line, 2006–2016) beside its region and
 * the country, with the line broken at the change of standard in 2010. Title, subtitle,
 * description and notes are written from the data, numbers formatted as the chart formats them:
 * with the decimals the source printed.
 * Null when the dataset has no row for the province.
 *
 * @example povertyTrendChart(povertyTable, laiChau, provinces)?.spec.title // 'Tỷ lệ hộ nghèo của Lai Châu, 2006–2016'
 */
export function povertyTrendChart(
  table: Table,
  province: Province,
  provinces: ReadonlyMap<string, Province>,
): ProvinceChart | null {
  const own = rowsWhere(table, { province_code: province.code, level: 'province' });
  if (own.length === 0) return null;
  // Series are named by the table's own `province` column, found through the code.
  const name = String(own[0].province);
  const rows = table.rows.filter(
    (r) =>
      (r.level === 'province' && r.province === name) ||
      (r.level === 'region' && r.province === province.region) ||
      (r.level === 'country' && r.province === COUNTRY_SERIES),
  );
  const years = [...new Set(rows.map((r) => r.year as number))].sort((a, b) => a - b);
  const format = { unit: 'percent' as const };
  const formatter = valueFormatter(format);
  const fmt = (n: { value: number; decimals?: number }) => formatter(n.value, n.decimals);
  const decimalsOf = printedDecimalsOf(table);
  const facts = [
    seriesFacts(rows, decimalsOf, name, province.name, years),
    seriesFacts(rows, decimalsOf, province.region, `Vùng ${province.region}`, years),
    seriesFacts(rows, decimalsOf, COUNTRY_SERIES, COUNTRY_SERIES, years),
  ];
  const span = `${years[0]}–${years.at(-1)}`;
  const preliminary = [...new Set(rows.filter((r) => r.status === 'preliminary').map((r) => r.year as number))];
  const beforeBreak = years.filter((y) => y < STANDARD_CHANGE_YEAR).at(-1);

  const describe = ({ label, first, last, missing }: SeriesFacts): string => {
    if (!first || !last) return `${label}: không có số liệu.`;
    const gap = missing.length > 0 ? `; không có số liệu năm ${formatYears(missing)}` : '';
    if (first.year === last.year) return `${label}: ${fmt(first)} năm ${first.year}${gap}.`;
    return `${label}: ${fmt(first)} năm ${first.year}, ${fmt(last)} năm ${last.year}${gap}.`;
  };

  const notes = [
    beforeBreak !== undefined
      ? `Đường bị ngắt giữa ${beforeBreak} và ${STANDARD_CHANGE_YEAR} vì chuẩn nghèo thay đổi; không so sánh hai giai đoạn với nhau.`
      : null,
    preliminary.length > 0
      ? `Số năm ${formatYears(preliminary)} là số sơ bộ, vẫn theo chuẩn thu nhập, không phải chuẩn nghèo đa chiều.`
      : null,
    ...facts
      .filter((f) => f.missing.length > 0)
      .map((f) => `${f.label} không có số liệu năm ${formatYears(f.missing)}: nguồn để trống.`),
    'Số khảo sát mức sống của Tổng cục Thống kê, khác số rà soát hộ nghèo hằng năm của các địa phương.',
  ].filter((note): note is string => note !== null);

  const spec = chartSpecSchema.parse({
    id: `tinh-${province.slug}-ty-le-ho-ngheo`,
    type: 'line',
    dataset: table.id,
    title: `Tỷ lệ hộ nghèo của ${province.name}, ${span}`,
    subtitle: `Theo chuẩn thu nhập, % số hộ; so với cả vùng ${province.region} và cả nước.`,
    description: [
      `Biểu đồ đường tỷ lệ hộ nghèo theo chuẩn thu nhập của ${province.name}, của vùng ${province.region} và của cả nước, ${span}.`,
      ...facts.map(describe),
      beforeBreak !== undefined ? `Đường bị ngắt trước năm ${STANDARD_CHANGE_YEAR} vì chuẩn nghèo thay đổi.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    notes,
    filter: { level: ['province', 'region', 'country'], province: [name, province.region, COUNTRY_SERIES] },
    x: 'year',
    y: 'value',
    series: 'province',
    // "Cả vùng" beside "Cả nước": the subtitle names the region, whose full name would not fit at the line end on a phone.
    highlight: [
      { series: name, label: province.name },
      { series: province.region, label: REGION_LABEL },
      { series: COUNTRY_SERIES },
    ],
    context: false,
    breaks: [{ before: STANDARD_CHANGE_YEAR, label: 'Đổi chuẩn nghèo' }],
    format,
  }) as LineSpec;
  return { spec, model: buildChart(spec, table, { provinces: new Map(provinces) }), source: sourceLine(table, spec) };
}
