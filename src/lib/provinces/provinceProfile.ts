import { PROVINCES_ID } from '../data/loadDatasets.ts';
import { provincesFrom, type Province } from '../data/provinces.ts';
import type { Table } from '../data/table.ts';
import { formatPercent } from '../format/number.ts';
import { province2025Path, provincePath } from '../urls.ts';
import { breakNames, changeRow, comparableSince, latestValueRows, reviewRows, type IndicatorRow } from './indicatorRows.ts';
import { merger2025, mergerSentence, type Merger2025, type TextPart } from './merger2025.ts';
import { POVERTY_RATE_ID, povertyTrendChart, type ProvinceChart } from './povertyTrendChart.ts';
import { provinceFacts, type ProvinceFacts } from './provinceFacts.ts';
import { provinceRank } from './provinceRank.ts';
import { storiesAbout } from './provinceStories.ts';
import { rankSummary, type RankSummary } from './rankSummary.ts';
import { reviewSeries, type ReviewSeries } from './reviewSeries.ts';

export const MERGER_2025_ID = 'province-merger-2025';
export const MULTIDIMENSIONAL_ID = 'multidimensional-poverty-rate-by-province-2023';
export const ELECTRICITY_ID = 'percentage-of-households-using-electricity-by-province';
export const HOUSING_ID = 'percentage-of-households-by-type-of-house-by-province';
export const REVIEW_2022_ID = 'review-by-province-2022-2025-standard';
export const REVIEW_2016_ID = 'households-2016-2020-standard';

/**
 * The datasets a province page needs, by id (the CSV names of `data/`). Besides these it reads
 * the facts of every dataset shaped for them (`isFactTable`), when given.
 */
export const PROFILE_DATASETS = [
  PROVINCES_ID,
  MERGER_2025_ID,
  POVERTY_RATE_ID,
  MULTIDIMENSIONAL_ID,
  ELECTRICITY_ID,
  HOUSING_ID,
  REVIEW_2022_ID,
  REVIEW_2016_ID,
] as const;

/** Everything a province page shows, computed from the datasets; the page only arranges it. */
export interface ProvinceProfile<S> {
  province: Province;
  pageTitle: string;
  pageDescription: string;
  /** 'Vùng Trung du và miền núi phía Bắc.' */
  regionLine: string;
  /** 'Tỉnh trước 01/07/2025': the label that tells an old page from a new one. */
  era: string;
  /** The sentence about 1 July 2025, the unit it belongs to and the other merged provinces linked. */
  merger: TextPart[];
  /** Where it stands since 1 July 2025: the unit it belongs to. */
  now: Merger2025;
  /** The poverty trend chart; null when the dataset has no row for the province. */
  trend: ProvinceChart | null;
  ranks: RankSummary[];
  /** The 2021–2025 poor-household review, year by year, gaps as gaps. */
  review: ReviewSeries;
  /** Figures the province reported in its own words (roads, schools, health stations). */
  facts: ProvinceFacts;
  indicators: IndicatorRow[];
  stories: S[];
}

const table = (tables: ReadonlyMap<string, Table>, id: string): Table => {
  const found = tables.get(id);
  if (!found) throw new Error(`provinceProfile: the dataset "${id}" is missing (needed: ${PROFILE_DATASETS.join(', ')})`);
  return found;
};

const latestYear = (t: Pick<Table, 'id' | 'rows'>): number => {
  const years = t.rows.map((row) => row.year).filter((year): year is number => typeof year === 'number');
  if (years.length === 0) throw new Error(`${t.id}: no row has a year`);
  return Math.max(...years);
};

/**
 * A province's page, from the datasets and the published stories: its poverty trend, its rank
 * in the country and in its region, its 2021–2025 review series, the figures it reported in its
 * own words, the indicators Thước Đo holds for it (and a row for each it lacks), its place since
 * July 2025, and the stories that list its code. Pure.
 *
 * @example provinceProfile(tables, '12', stories).ranks[0].text
 * // '28,12% (số sơ bộ): thứ 3/63 cả nước và thứ 3/14 trong vùng Trung du và miền núi phía Bắc, tính từ tỷ lệ cao nhất.'
 */
export function provinceProfile<S extends { data: { provinces: readonly string[] } }>(
  tables: ReadonlyMap<string, Table>,
  code: string,
  stories: readonly S[] = [],
): ProvinceProfile<S> {
  const provinces = provincesFrom(table(tables, PROVINCES_ID));
  const province = provinces.get(code);
  if (!province) throw new Error(`provinceProfile: no province has the code "${code}" (data/geo/provinces.csv)`);
  const poverty = table(tables, POVERTY_RATE_ID);
  const multidimensional = table(tables, MULTIDIMENSIONAL_ID);
  const now = merger2025(provinces, table(tables, MERGER_2025_ID), code);
  const povertyYear = latestYear(poverty);
  // The change is read only since the last break of the province's series (the 2010 poverty line).
  const since = comparableSince(poverty, code);

  const ranks = [
    rankSummary(provinceRank(multidimensional, provinces, code, { year: latestYear(multidimensional) }), province, provinces, {
      label: 'Tỷ lệ hộ nghèo đa chiều',
    }),
    rankSummary(provinceRank(poverty, provinces, code, { year: povertyYear }), province, provinces, {
      label: 'Tỷ lệ hộ nghèo theo chuẩn thu nhập',
    }),
  ];

  const indicators: IndicatorRow[] = [
    ...latestValueRows(multidimensional, code, { indicator: 'Tỷ lệ hộ nghèo đa chiều (khảo sát)' }),
    ...latestValueRows(poverty, code, { indicator: 'Tỷ lệ hộ nghèo, chuẩn thu nhập (khảo sát)' }),
    changeRow(poverty, code, {
      indicator: 'Thay đổi tỷ lệ hộ nghèo, chuẩn thu nhập',
      from: since.year,
      to: povertyYear,
      note:
        since.breaks.length > 0
          ? `Cùng chuẩn và địa giới từ năm ${since.year}; không so với các năm trước đó (${breakNames(since.breaks)}).`
          : undefined,
    }),
    ...reviewRows(table(tables, REVIEW_2016_ID), code, { standard: 'chuẩn 2016–2020' }),
    ...latestValueRows(table(tables, ELECTRICITY_ID), code, { indicator: 'Tỷ lệ hộ sử dụng điện' }),
    ...latestValueRows(table(tables, HOUSING_ID), code, {
      indicator: 'Tỷ lệ hộ ở nhà kiên cố',
      where: { breakdown: 'Permanent house' },
      note: 'Nhà kiên cố là cách Thước Đo đọc nhãn “Permanent house” của nguồn.',
    }),
  ];

  const { rank: headline } = ranks[0];
  const pageDescription =
    headline.country && headline.value !== null
      ? `${province.name}: tỷ lệ hộ nghèo đa chiều năm ${headline.year} là ${formatPercent(headline.value, { digits: headline.decimals })}, thứ ${headline.country.rank}/${headline.country.of} cả nước tính từ tỷ lệ cao nhất. Xu hướng nghèo, các chỉ tiêu và bài viết của Thước Đo.`
      : `${province.name}: xu hướng nghèo, xếp hạng, các chỉ tiêu và bài viết của Thước Đo.`;

  return {
    province,
    pageTitle: `${province.name}: số liệu nghèo và an sinh xã hội`,
    pageDescription,
    regionLine: `Vùng ${province.region}.`,
    era: `${province.fullName.startsWith('Thành phố') ? 'Thành phố' : 'Tỉnh'} trước 01/07/2025`,
    merger: mergerSentence(now, { old: provincePath, unit: province2025Path }),
    now,
    trend: povertyTrendChart(poverty, province, provinces),
    ranks,
    review: reviewSeries(table(tables, REVIEW_2022_ID), code),
    facts: provinceFacts(tables.values(), code),
    indicators,
    stories: storiesAbout(stories, code),
  };
}
