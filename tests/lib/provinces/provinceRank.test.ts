import { describe, expect, it } from 'vitest';
import { provincesFrom } from '../../../src/lib/data/index.ts';
import { provinceRank } from '../../../src/lib/provinces/provinceRank.ts';
import { csvTable, tableOf } from '../../helpers/chartFixture.ts';

const NORTH = 'Trung du và miền núi phía Bắc';
const DELTA = 'Đồng bằng sông Hồng';
const province = (code: string, name: string, region: string) => ({
  code,
  name,
  slug: name.toLowerCase(),
  full_name: `Tỉnh ${name}`,
  region,
  iso_3166_2: `VN-${code}`,
  province_2025_code: code,
  province_2025_name: name,
  merger_status_2025: 'unchanged',
});
const provinces = provincesFrom(
  tableOf([
    province('11', 'Điện Biên', NORTH),
    province('12', 'Lai Châu', NORTH),
    province('01', 'Hà Nội', DELTA),
    province('26', 'Vĩnh Phúc', DELTA),
  ]),
);
const rates = tableOf([
  { province_code: null, province: 'Cả nước', year: 2023, value: 3.37, level: 'country', status: 'preliminary' },
  { province_code: null, province: NORTH, year: 2023, value: 12.9, level: 'region', status: 'preliminary' },
  { province_code: '11', province: 'Điện Biên', year: 2023, value: 29.55, level: 'province', status: 'preliminary' },
  { province_code: '12', province: 'Lai Châu', year: 2023, value: 28.12, level: 'province', status: 'preliminary' },
  { province_code: '01', province: 'Hà Nội', year: 2023, value: 0.1, level: 'province', status: 'preliminary' },
  { province_code: '26', province: 'Vĩnh Phúc', year: 2023, value: null, level: 'province', status: 'preliminary' },
  { province_code: '12', province: 'Lai Châu', year: 2016, value: 27.9, level: 'province', status: 'preliminary' },
]);

describe('provinceRank(table, provinces, code, { year })', () => {
  it('ranks the province in the country and in its region, ignoring country and region rows', () => {
    expect(provinceRank(rates, provinces, '12', { year: 2023 })).toEqual({
      year: 2023,
      value: 28.12,
      status: 'preliminary',
      country: { rank: 2, of: 3, tiedWith: [] },
      region: { rank: 2, of: 2, tiedWith: [] },
      ranked: { country: 3, region: 2 },
    });
    expect(provinceRank(rates, provinces, '01', { year: 2023 }).region).toEqual({ rank: 1, of: 1, tiedWith: [] });
  });

  it('leaves a province without a value that year unranked, and says how many were ranked', () => {
    const rank = provinceRank(rates, provinces, '26', { year: 2023 });
    expect(rank).toMatchObject({ value: null, country: null, region: null, ranked: { country: 3, region: 1 } });
  });

  it('treats a province with no row at all that year like a missing value', () => {
    expect(provinceRank(rates, provinces, '11', { year: 2016 })).toMatchObject({ value: null, country: null });
  });

  it('throws on an unknown code and on two rows for one province and year', () => {
    expect(() => provinceRank(rates, provinces, '99', { year: 2023 })).toThrow(/"99"/);
    const twice = tableOf([...rates.rows, { ...rates.rows[3] }]);
    expect(() => provinceRank(twice, provinces, '12', { year: 2023 })).toThrow(/two rows for province 12/);
  });
});

describe('provinceRank(table, provinces, code, { year }) with printed decimals', () => {
  it("carries the decimals the province's value was printed with, for the sentence that states it", () => {
    const printed = csvTable(['province_code,year,value', '11,2010,50.0', '12,2010,45.90', '01,2010,3.0', ''].join('\n'), {
      year: 'year',
      value: 'percent',
    });
    expect(provinceRank(printed, provinces, '11', { year: 2010 })).toMatchObject({ value: 50, decimals: 1 });
    expect(provinceRank(printed, provinces, '12', { year: 2010 })).toMatchObject({ value: 45.9, decimals: 2 });
  });
});
