import type { Province } from '../data/provinces.ts';
import { printedDecimalsOf } from '../data/printed.ts';
import type { Table } from '../data/table.ts';
import { rowsWhere } from './observations.ts';
import { rankHighestFirst, type Rank } from './rank.ts';

/** A province's place among all provinces and among those of its region, for one indicator and year. */
export interface ProvinceRank {
  year: number;
  /** The province's value; null when the source has none, and then both ranks are null. */
  value: number | null;
  /** The decimals the source printed `value` with; unknown (shortest form) when absent. */
  decimals?: number;
  status: string | null;
  country: Rank | null;
  region: Rank | null;
  /** Number of provinces with a value, in the country and in the region. */
  ranked: { country: number; region: number };
}

/**
 * Ranks a province for one year of a province-level table, rank 1 being the highest value
 * (the highest poverty rate). Rows join the reference table by code; the region is the one the
 * reference table gives. Provinces without a value that year are not ranked.
 *
 * @example provinceRank(multidimTable, provinces, '12', { year: 2023 }).country // { rank: 3, of: 63, tiedWith: [] }
 */
export function provinceRank(
  table: Pick<Table, 'id' | 'rows' | 'decimals'>,
  provinces: ReadonlyMap<string, Province>,
  code: string,
  { year, column = 'value' }: { year: number; column?: string },
): ProvinceRank {
  const province = provinces.get(code);
  if (!province) throw new Error(`provinceRank: no province has the code "${code}"`);
  const values = new Map<string, number | null>();
  let status: string | null = null;
  let decimals: number | undefined;
  for (const row of rowsWhere(table, { year })) {
    const rowCode = row.province_code;
    if (typeof rowCode !== 'string' || !provinces.has(rowCode)) continue;
    if (values.has(rowCode)) throw new Error(`${table.id}: two rows for province ${rowCode} in ${year}`);
    const value = row[column];
    if (value !== null && typeof value !== 'number')
      throw new TypeError(`${table.id}: "${column}" of ${rowCode} is not a number`);
    values.set(rowCode, value);
    if (rowCode === code) {
      if (typeof row.status === 'string') status = row.status;
      decimals = printedDecimalsOf(table)(row, column);
    }
  }
  const inRegion = new Map([...values].filter(([c]) => provinces.get(c)!.region === province.region));
  const country = rankHighestFirst(values);
  const region = rankHighestFirst(inRegion);
  return {
    year,
    value: values.get(code) ?? null,
    ...(decimals === undefined ? {} : { decimals }),
    status,
    country: country.get(code) ?? null,
    region: region.get(code) ?? null,
    ranked: { country: country.size, region: region.size },
  };
}
