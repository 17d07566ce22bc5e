import type { Province } from '../data/provinces.ts';
import type { Table } from '../data/table.ts';
import { provinceColumn } from '../charts/breaks.ts';
import { BOUNDARY_CHANGES_ID } from '../data/seriesBreaks.ts';
import { sortByName } from '../format/collate.ts';
import { formatInteger, formatPercent } from '../format/number.ts';
import { joinNames } from '../format/names.ts';
import { datasetPath, provincePath } from '../urls.ts';
import { linkedList, type TextPart } from './merger2025.ts';
import { mergedRates, type MergedRate } from './mergedRate.ts';
import { POVERTY_RATE_ID, predecessorsTrendChart, type ProvinceChart } from './povertyTrendChart.ts';
import { MERGER_2025_ID, REVIEW_2016_ID, REVIEW_2022_ID } from './provinceProfile.ts';
import type { Province2025 } from './provinces2025.ts';
import { capitalise } from '../format/names.ts';

/** Tables by province that are not series of values: the merger itself, the boundary changes. */
const NOT_SERIES = new Set([MERGER_2025_ID, BOUNDARY_CHANGES_ID]);

/** The review datasets whose counts may make a rate for a merged unit, each one poverty standard. */
export const RATE_DATASETS = [
  { id: REVIEW_2022_ID, standard: 'chuẩn nghèo đa chiều 2022–2025' },
  { id: REVIEW_2016_ID, standard: 'chuẩn nghèo 2016–2020' },
] as const;

/** A rate computed for the unit, with the words the page needs. */
export interface UnitRate extends MergedRate {
  standard: string;
  /** 'Tỷ lệ hộ nghèo năm 2024 (chuẩn …): 12,34%, tính từ …' */
  sentence: string;
}

/** A province dataset and the last year it covers. */
export interface DatasetSpan {
  id: string;
  title: string;
  href: string;
  lastYear: number;
}

/** Everything a unit's page shows, computed from the datasets; the page only arranges it. */
export interface Province2025Profile {
  unit: Province2025;
  pageTitle: string;
  pageDescription: string;
  /** 'Tỉnh, từ 01/07/2025': the label that tells a new page from an old one. */
  era: string;
  /** 'gồm Hà Giang và Tuyên Quang trước đây', the old provinces linked. */
  composition: TextPart[];
  /** Where its political and administrative centre lies, and from which table. */
  seat: TextPart[];
  /** The old provinces, each with its page. */
  predecessors: { province: Province; href: string }[];
  /** One line per old province; null when the survey has none of them. */
  trend: ProvinceChart | null;
  /** Rates computed from published counts (see `mergedRates`); mostly none. */
  rates: UnitRate[];
  /** Why there is no rate for the unit, when there is none; null when there are rates or it was not merged. */
  noRate: string | null;
  /** No source ranks the 34: said plainly. */
  ranks: string;
  /** The province datasets Thước Đo holds, latest year first: all by the 63. */
  datasets: DatasetSpan[];
}

const tableOf = (tables: ReadonlyMap<string, Table>, id: string): Table => {
  const found = tables.get(id);
  if (!found) throw new Error(`province2025Profile: the dataset "${id}" is missing`);
  return found;
};

/** The datasets by province, with their last year: what is known, and where it stops. */
export function provinceDatasetSpans(tables: Iterable<Table>): DatasetSpan[] {
  const spans = [...tables].flatMap((table): DatasetSpan[] => {
    if (NOT_SERIES.has(table.id) || provinceColumn(table) === undefined) return [];
    const yearColumn = table.schema.columns.find((c) => c.type === 'year')?.name;
    const years =
      yearColumn === undefined ? [] : table.rows.map((r) => r[yearColumn]).filter((y): y is number => typeof y === 'number');
    if (years.length === 0) return [];
    return [{ id: table.id, title: table.schema.title, href: datasetPath(table.id), lastYear: Math.max(...years) }];
  });
  return sortByName(spans, (s) => s.title).sort((a, b) => b.lastYear - a.lastYear);
}

function rateSentence(rate: MergedRate, standard: string, unitName: string): string {
  const parts = rate.inputs.map((i) => `${formatInteger(i.poor)}/${formatInteger(i.total)} hộ của ${i.province.name}`);
  return (
    `Năm ${rate.year}, theo ${standard}: ${formatPercent(rate.rate, { digits: 2 })} số hộ của ${unitName} mới là hộ nghèo ` +
    `(${formatInteger(rate.poor)} trên ${formatInteger(rate.total)} hộ), cộng số hộ nghèo và tổng số hộ mà từng tỉnh cũ công bố: ${joinNames(parts)}.`
  );
}

/**
 * A unit's page since 1 July 2025: its old provinces (each linked), their poverty series side by
 * side, a rate only where every old province published the counts for it (`mergedRates`), and
 * what is and is not known after 2025. Pure.
 *
 * @example province2025Profile(tables, tuyenQuang).composition.map((p) => p.text).join('') // 'gồm Hà Giang và Tuyên Quang trước đây'
 */
export function province2025Profile(
  tables: ReadonlyMap<string, Table>,
  unit: Province2025,
  provinces: ReadonlyMap<string, Province>,
): Province2025Profile {
  const kind = `${unit.unitType} ${unit.name}`;
  const links = unit.predecessors.map((p) => ({ text: p.name, href: provincePath(p.slug) }));
  const composition: TextPart[] = unit.merged
    ? [{ text: 'gồm ' }, ...linkedList(links), { text: ' trước đây' }]
    : [{ text: 'giữ nguyên địa giới của ' }, ...links, { text: ' trước đây' }];

  const mergerLink: TextPart = { text: 'bảng sắp xếp tỉnh của Thước Đo', href: datasetPath(MERGER_2025_ID) };
  const seatProvince = unit.predecessors.find((p) => p.name === unit.seat);
  const seat: TextPart[] = !unit.merged
    ? [{ text: 'Trung tâm chính trị – hành chính không đổi.' }]
    : unit.seat === null
      ? [{ text: 'Thước Đo chưa tìm được nguồn về nơi đặt trung tâm chính trị – hành chính (' }, mergerLink, { text: ').' }]
      : [
          { text: 'Trung tâm chính trị – hành chính đặt tại ' },
          seatProvince ? { text: `tỉnh ${unit.seat} trước đây`, href: provincePath(seatProvince.slug) } : { text: unit.seat },
          { text: ', theo ' },
          mergerLink,
          { text: '.' },
        ];

  const rates = RATE_DATASETS.flatMap(({ id, standard }) =>
    mergedRates(tableOf(tables, id), unit).map((rate) => ({ ...rate, standard, sentence: rateSentence(rate, standard, kind) })),
  );
  const names = joinNames(unit.predecessors.map((p) => p.name));
  const noRate =
    !unit.merged || rates.length > 0
      ? null
      : `Thước Đo không tính tỷ lệ hộ nghèo chung cho ${kind} mới: chưa có năm nào mà cả ${names} đều công bố cả số hộ nghèo lẫn tổng số hộ theo cùng một chuẩn nghèo. Tỷ lệ của các tỉnh cũ không cộng hay lấy trung bình được, vì số hộ mỗi tỉnh khác nhau; các tỉnh cũ được đặt cạnh nhau.`;

  const era = `${capitalise(unit.unitType)}, từ 01/07/2025`;
  return {
    unit,
    pageTitle: `${capitalise(kind)} từ 01/07/2025: số liệu của các tỉnh trước đây`,
    pageDescription: unit.merged
      ? `${capitalise(kind)} từ 01/07/2025 gồm ${names} trước đây. Số liệu nghèo của từng tỉnh cũ đặt cạnh nhau, và những gì đã biết, chưa biết sau năm 2025.`
      : `${capitalise(kind)} từ 01/07/2025 giữ nguyên địa giới của ${names} trước đây. Số liệu nghèo và những gì đã biết, chưa biết sau năm 2025.`,
    era,
    composition,
    seat,
    predecessors: unit.predecessors.map((province) => ({ province, href: provincePath(province.slug) })),
    trend: predecessorsTrendChart(tableOf(tables, POVERTY_RATE_ID), unit, provinces),
    rates,
    noRate,
    ranks: `Chưa có nguồn nào công bố xếp hạng giữa 34 tỉnh, thành phố từ 01/07/2025, nên Thước Đo không xếp hạng ${kind}. Thứ hạng trên trang ${unit.merged ? 'của từng tỉnh cũ' : `${names} trước 01/07/2025`} là thứ hạng trong 63 tỉnh, thành phố trước đây.`,
    datasets: provinceDatasetSpans(tables.values()),
  };
}
