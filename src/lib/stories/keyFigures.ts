/**
 * The front page's "Số liệu nổi bật": a few figures read from data/ in the words of `<So>`
 * (src/lib/stories/dataReference.ts), each shown with its year, its source and a link to the
 * chart that draws it. The numbers are never typed here: only where to read them.
 */
import { creditedSources, sourceCredit } from '../data/sourceCredit.ts';
import { DataReferenceError, pickRow } from '../data/pickValue.ts';
import type { ProvinceNames } from '../data/provinceNames.ts';
import type { Table } from '../data/table.ts';
import { chartPath, datasetPath } from '../urls.ts';
import { resolveSo, type Props, type ResolvedSo } from './dataReference.ts';

/** One figure: what it is, where to read it (`<So>` props) and the chart that shows it. */
export interface KeyFigure {
  /** What the number measures, in a few words a reader understands without the chart. */
  label: string;
  /** The props of `<So>`: `bo` the dataset, `tinh`, `nam`, `cot`… */
  so: Props;
  /** A published chart that draws the number; else the figure links to its dataset. */
  chart?: string;
}

export const keyFigures: readonly KeyFigure[] = [
  {
    label: 'Tỷ lệ hộ nghèo đa chiều cả nước theo khảo sát',
    so: { bo: 'multidimensional-poverty-rate-by-province-2023', tinh: 'Cả nước', nam: 2023 },
    chart: 'ban-do-ty-le-ho-ngheo-da-chieu-2023',
  },
  {
    label: 'Số hộ nghèo cả nước theo kết quả rà soát',
    so: { bo: 'national-totals', tinh: 'Cả nước', nam: 2024, cot: 'poor_households' },
    chart: 'ty-le-ho-ngheo-ca-nuoc-2022-2024',
  },
  {
    label: 'Tỷ lệ xã có đường từ huyện đến xã được rải nhựa hoặc bê tông',
    so: { bo: 'province-infrastructure-long', tinh: 'Cả nước', nam: 2016, chitieu: 'commune_road_paved_pct' },
    chart: 'duong-nhua-den-xa-2006-2016',
  },
  {
    label: 'Tỷ lệ hộ sử dụng điện cả nước',
    so: { bo: 'percentage-of-households-using-electricity-by-province', tinh: 'Cả nước', nam: 2016 },
    chart: 'ban-do-ho-dung-dien-2002-2016',
  },
];

/** What a figure shows beside its number, all read from its row and its dataset's schema. */
export interface KeyFigureFacts {
  /** Where the number is: for `<DataValue>`. */
  resolved: ResolvedSo;
  /** The year of the row, with its status when the dataset gives one: `2023 (số sơ bộ)`. */
  year?: string;
  /** The credited sources of the row (its `source_id`) or of the dataset, with the document they report. */
  source: string;
  href: string;
}

/**
 * The number's place, year, source and link for one key figure; throws the `<So>` problem (the
 * build fails) when the figure does not read exactly one number.
 *
 * @example keyFigureFacts(keyFigures[0], table, provinces).year // '2023 (số sơ bộ)'
 */
export function keyFigureFacts(figure: KeyFigure, table: Table, provinces: ProvinceNames): KeyFigureFacts {
  const resolved = resolveSo(figure.so, table, provinces);
  if ('problems' in resolved) throw new DataReferenceError(resolved.problems[0].said);
  const row = pickRow(table, resolved.where);
  const { columns, sources } = table.schema;
  const yearColumn = columns.find((c) => c.type === 'year')?.name;
  const status = columns.find((c) => c.name === 'status');
  const statusLabel = status?.values?.[String(row.status)];
  const year = yearColumn && row[yearColumn] !== null ? String(row[yearColumn]) : undefined;
  const cited = columns.some((c) => c.name === 'source_id')
    ? sources.filter((s) => s.id !== undefined && s.id === row.source_id)
    : sources;
  const source = [
    ...new Set(creditedSources(cited).map((s) => (s.document ? `${s.document}, theo ${sourceCredit(s)}` : sourceCredit(s)))),
  ].join('; ');
  return {
    resolved,
    ...(year ? { year: statusLabel ? `${year} (số ${statusLabel})` : year } : {}),
    source,
    href: figure.chart ? chartPath(figure.chart) : datasetPath(table.id),
  };
}
