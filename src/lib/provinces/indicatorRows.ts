import type { SeriesBreak } from '../data/datasetSchema.ts';
import { printedDecimalsOf, printedDifference } from '../data/printed.ts';
import { breaksBetween } from '../data/seriesBreaks.ts';
import type { Row, Table } from '../data/table.ts';
import { formatInteger, formatPercent, formatPoints, type NumberOptions } from '../format/number.ts';
import { datasetPath } from '../urls.ts';
import { latestObservation, printedObservation, provinceSeries, rowsWhere, type Observation } from './observations.ts';
import { provinceText } from '../ui/province.ts';
import { sourceCredit } from '../data/sourceCredit.ts';

/** One line of the "indicators we hold" table; every text is ready to print. */
export interface IndicatorRow {
  indicator: string;
  /** The year or span the value is for; null when there is no value at all. */
  year: string | null;
  /** The value, or the words saying there is none. */
  value: string;
  /** True when `value` says there is no data (the page shows it, never hides it). */
  missing: boolean;
  note: string | null;
  dataset: { id: string; title: string; href: string };
}

type Source = Pick<Table, 'id' | 'rows' | 'schema' | 'decimals'>;

const datasetOf = (table: Source): IndicatorRow['dataset'] => ({
  id: table.id,
  title: table.schema.title,
  href: datasetPath(table.id),
});

const sentence = (...parts: (string | null | false | undefined)[]): string | null => {
  const kept = parts.filter((p): p is string => Boolean(p));
  return kept.length > 0 ? kept.join(' ') : null;
};

const preliminaryNote = (o: Pick<Observation, 'status'>) => (o.status === 'preliminary' ? provinceText.preliminary : null);

/** "Mở rộng Hà Nội năm 2008; Đổi chuẩn nghèo năm 2010": breaks named in year order. */
export const breakNames = (breaks: readonly SeriesBreak[]) =>
  breaks
    .toSorted((a, b) => a.before - b.before)
    .map((b) => `${b.label} năm ${b.before}`)
    .join('; ');

/**
 * The first year since which a province's series has no declared break (of standard or of
 * boundary), with the breaks before it; the dataset's first year when nothing splits it.
 *
 * @example comparableSince(poverty, '01') // { year: 2010, breaks: [Đổi chuẩn nghèo 2010, Mở rộng Hà Nội 2008] }
 */
export function comparableSince(table: Source, code: string): { year: number; breaks: SeriesBreak[] } {
  const years = provinceSeries(table, code).map((o) => o.year);
  const breaks = years.length === 0 ? [] : breaksBetween(table.schema.breaks, code, years[0], years.at(-1)!);
  return { year: Math.max(years[0] ?? 0, ...breaks.map((b) => b.before)), breaks };
}

/** The country's value for a year, from the row whose `level` is `country`, with its printed decimals. */
function countryValue(
  table: Source,
  year: number,
  where: Record<string, string | number>,
): { value: number; decimals?: number } | null {
  const row = rowsWhere(table, { ...where, level: 'country', year })[0];
  return typeof row?.value === 'number' ? { value: row.value, decimals: printedDecimalsOf(table)(row, 'value') } : null;
}

/** A row saying Thước Đo holds nothing for this indicator and province. */
export function missingIndicator(table: Source, indicator: string, note: string | null = null): IndicatorRow {
  return { indicator, year: null, value: provinceText.noData, missing: true, note, dataset: datasetOf(table) };
}

interface LatestOptions {
  indicator: string;
  /** Extra conditions picking the indicator's rows (e.g. a `breakdown`). */
  where?: Record<string, string | number>;
  /** Fixed decimals; by default each value keeps the decimals its source printed. */
  digits?: NumberOptions['digits'];
  /** Said after the value's own notes, e.g. how a label of the source was read. */
  note?: string;
}

/**
 * The latest value a GSO table holds for a province, with the country's value beside it. When the
 * dataset's latest year is empty for the province, a row says so and a second row gives the last
 * year with a value; when the province has no value at all, one row says Thước Đo has none.
 *
 * @example latestValueRows(electricity, '12', { indicator: 'Tỷ lệ hộ sử dụng điện' })[0].value // '86,8%'
 */
export function latestValueRows(
  table: Source,
  code: string,
  { indicator, where = {}, digits, note }: LatestOptions,
): IndicatorRow[] {
  const series = provinceSeries(table, code, { where });
  const latest = latestObservation(series);
  if (!latest) return [missingIndicator(table, indicator, note ?? null)];
  const format = (n: { value: number; decimals?: number }) => formatPercent(n.value, { digits: digits ?? n.decimals });
  const valueRow = (o: Observation & { value: number }, lead: string | null): IndicatorRow => {
    const country = countryValue(table, o.year, where);
    // A later year of the dataset is on another standard or territory: this value is not comparable with it.
    const later = breaksBetween(table.schema.breaks, code, o.year, series.at(-1)!.year);
    return {
      indicator,
      year: String(o.year),
      value: format(o),
      missing: false,
      note: sentence(
        lead,
        preliminaryNote(o),
        later.length > 0 && `Số trước điểm ngắt của chuỗi (${breakNames(later)}): không so sánh với các năm sau.`,
        country !== null && `${provinceText.country}: ${format(country)}.`,
        note,
      ),
      dataset: datasetOf(table),
    };
  };
  const last = series.at(-1)!;
  if (last.year === latest.year) return [valueRow(latest, null)];
  return [
    {
      indicator,
      year: String(last.year),
      value: provinceText.noValueThatYear,
      missing: true,
      note: `Nguồn để trống năm ${last.year}.`,
      dataset: datasetOf(table),
    },
    valueRow(latest, provinceText.latestWithValue),
  ];
}

/**
 * The change of a percentage between two years of one standard and territory, in percentage
 * points, or a row saying why it cannot be computed (a year without a value, or a declared break
 * between the two years). The change has the decimals of the more precise of the two values as
 * printed (`printedDifference`), unless `digits` fixes them.
 *
 * @example changeRow(poverty, '12', { indicator: '…', from: 2010, to: 2016 }).value // '−22,3 điểm %'
 */
export function changeRow(
  table: Source,
  code: string,
  { indicator, from, to, digits, note }: { indicator: string; from: number; to: number; digits?: number; note?: string },
): IndicatorRow {
  const series = provinceSeries(table, code);
  const at = (year: number) => series.find((o) => o.year === year);
  const start = at(from);
  const end = at(to);
  const span = `${from}–${to}`;
  const between = breaksBetween(table.schema.breaks, code, from, to);
  if (between.length > 0) {
    return {
      indicator,
      year: span,
      value: provinceText.cannotCompute,
      missing: true,
      note: `Chuỗi số bị ngắt giữa ${from} và ${to} (${breakNames(between)}): hai năm không so sánh được.`,
      dataset: datasetOf(table),
    };
  }
  if (start?.value == null || end?.value == null) {
    const lacking = [start, end].map((o, i) => (o?.value == null ? [from, to][i] : null)).filter((y) => y !== null);
    return {
      indicator,
      year: span,
      value: provinceText.cannotCompute,
      missing: true,
      note: `Không có số liệu năm ${lacking.join(' và ')}.`,
      dataset: datasetOf(table),
    };
  }
  const first = printedObservation({ ...start, value: start.value });
  const last = printedObservation({ ...end, value: end.value });
  const { value: change, decimals } = printedDifference(first, last);
  const format = (n: { value: number; decimals: number }) => formatPercent(n.value, { digits: digits ?? n.decimals });
  const endNote = end.status === 'preliminary' ? ', số sơ bộ' : '';
  const fromTo = `${format(first)} (${from})`;
  const toText = `${format(last)} (${to}${endNote})`;
  const told =
    change === 0
      ? `Không đổi: ${fromTo} và ${toText}.`
      : `${change < 0 ? 'Giảm' : 'Tăng'} từ ${fromTo} ${change < 0 ? 'xuống' : 'lên'} ${toText}.`;
  return {
    indicator,
    year: span,
    value: `${change > 0 ? '+' : ''}${formatPoints(change, { digits: digits ?? decimals })}`,
    missing: false,
    note: sentence(told, note),
    dataset: datasetOf(table),
  };
}

const countAndRate = (count: Row[string], rate: Row[string], rateDecimals: number | undefined): string | null => {
  const parts = [
    typeof count === 'number' ? `${formatInteger(count)} hộ` : null,
    typeof rate === 'number' ? formatPercent(rate, { digits: rateDecimals }) : null,
  ];
  if (parts[0] && parts[1]) return `${parts[0]} (${parts[1]})`;
  return parts[0] ?? parts[1];
};

/**
 * The rows of an annual household review (hộ nghèo, hộ cận nghèo) for a province, year by year,
 * with the source each row cites; one row saying Thước Đo has none when the province has no row.
 *
 * @example reviewRows(review2022, '12', { standard: 'chuẩn 2022–2025' })[0].value // '20.961 hộ (19,46%)'
 */
export function reviewRows(table: Source, code: string, { standard }: { standard: string }): IndicatorRow[] {
  const rows = rowsWhere(table, { province_code: code }).toSorted((a, b) => (a.year as number) - (b.year as number));
  if (rows.length === 0) {
    const covered = new Set(table.rows.map((r) => r.province_code)).size;
    return [
      missingIndicator(
        table,
        `Hộ nghèo, hộ cận nghèo theo rà soát, ${standard}`,
        `Thước Đo mới có số rà soát của ${covered} tỉnh.`,
      ),
    ];
  }
  const publisher = (row: Row) => {
    const source = table.schema.sources.find((s) => s.id !== undefined && s.id === row.source_id);
    return source && sourceCredit(source);
  };
  const decimalsOf = printedDecimalsOf(table);
  return rows.flatMap((row) =>
    (
      [
        ['Hộ nghèo', row.poor_households, 'poverty_rate_pct'],
        ['Hộ cận nghèo', row.near_poor_households, 'near_poor_rate_pct'],
      ] as const
    ).map(([what, count, rateColumn]) => {
      const value = countAndRate(count, row[rateColumn], decimalsOf(row, rateColumn));
      const source = publisher(row);
      return {
        indicator: `${what} theo rà soát, ${standard}`,
        year: String(row.year),
        value: value ?? provinceText.notPrinted,
        missing: value === null,
        note: sentence(provinceText.reviewNotSurvey, source && `Theo ${source}.`),
        dataset: datasetOf(table),
      };
    }),
  );
}
