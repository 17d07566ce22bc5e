import type { Province } from '../data/provinces.ts';
import { formatPercent } from '../format/number.ts';
import type { ProvinceRank } from './provinceRank.ts';
import type { Rank } from './rank.ts';

/** One ranking as the page prints it: what is ranked, and one sentence with the value and both ranks. */
export interface RankSummary {
  /** e.g. 'Tỷ lệ hộ nghèo đa chiều, năm 2023'. */
  label: string;
  text: string;
  rank: ProvinceRank;
}

/** Names joined the Vietnamese way: 'A', 'A và B', 'A, B và C'. */
const joinNames = (names: string[]): string =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;

const place = (rank: Rank, total: number, where: string, provinces: ReadonlyMap<string, Province>): string => {
  const remarks = [
    rank.tiedWith.length > 0
      ? `đồng hạng với ${joinNames(rank.tiedWith.map((code) => provinces.get(code)?.name ?? code))}`
      : null,
    // When some provinces have no value, say out of how many the rank is.
    rank.of < total ? `xếp trong ${rank.of} tỉnh, thành phố có số liệu` : null,
  ].filter((remark) => remark !== null);
  return `thứ ${rank.rank}/${rank.of} ${where}${remarks.length > 0 ? ` (${remarks.join('; ')})` : ''}`;
};

/**
 * The sentence for a province's rank, stating that rank 1 is the highest rate, or that the
 * province has no value that year and is not ranked.
 *
 * @example rankSummary(rank, laiChau, provinces, { label: 'Tỷ lệ hộ nghèo đa chiều' }).text
 * // '28,12% (số sơ bộ): thứ 3/63 cả nước và thứ 3/14 trong vùng Trung du và miền núi phía Bắc, tính từ tỷ lệ cao nhất.'
 */
export function rankSummary(
  rank: ProvinceRank,
  province: Province,
  provinces: ReadonlyMap<string, Province>,
  /** `digits` fixes the decimals; by default the value keeps those its source printed. */
  { label, digits }: { label: string; digits?: number },
): RankSummary {
  const fullLabel = `${label}, năm ${rank.year}`;
  if (rank.value === null || !rank.country || !rank.region) {
    return { label: fullLabel, text: `Không có số liệu của ${province.name} năm ${rank.year}, nên không xếp hạng.`, rank };
  }
  const regionSize = [...provinces.values()].filter((p) => p.region === province.region).length;
  const status = rank.status === 'preliminary' ? ' (số sơ bộ)' : '';
  const country = place(rank.country, provinces.size, 'cả nước', provinces);
  const region = place(rank.region, regionSize, `trong vùng ${province.region}`, provinces);
  return {
    label: fullLabel,
    text: `${formatPercent(rank.value, { digits: digits ?? rank.decimals })}${status}: ${country} và ${region}, tính từ tỷ lệ cao nhất.`,
    rank,
  };
}
