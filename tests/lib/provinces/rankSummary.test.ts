import { describe, expect, it } from 'vitest';
import { provincesFrom } from '../../../src/lib/data/index.ts';
import type { ProvinceRank } from '../../../src/lib/provinces/provinceRank.ts';
import { rankSummary } from '../../../src/lib/provinces/rankSummary.ts';
import { tableOf } from '../../helpers/chartFixture.ts';

const NORTH = 'Trung du và miền núi phía Bắc';
const province = (code: string, name: string) => ({
  code,
  name,
  slug: name.toLowerCase(),
  full_name: `Tỉnh ${name}`,
  region: NORTH,
  iso_3166_2: `VN-${code}`,
  province_2025_code: code,
  province_2025_name: name,
  merger_status_2025: 'unchanged',
});
const provinces = provincesFrom(
  tableOf([province('11', 'Điện Biên'), province('12', 'Lai Châu'), province('14', 'Sơn La'), province('02', 'Hà Giang')]),
);
const laiChau = provinces.get('12')!;
const base: ProvinceRank = {
  year: 2023,
  value: 28.12,
  status: 'preliminary',
  country: { rank: 3, of: 4, tiedWith: [] },
  region: { rank: 3, of: 4, tiedWith: [] },
  ranked: { country: 4, region: 4 },
};

describe('rankSummary(rank, province, provinces, { label })', () => {
  it('states the value, both ranks, and that rank 1 is the highest rate', () => {
    const summary = rankSummary(base, laiChau, provinces, { label: 'Tỷ lệ hộ nghèo đa chiều' });
    expect(summary.label).toBe('Tỷ lệ hộ nghèo đa chiều, năm 2023');
    expect(summary.text).toBe(`28,12% (số sơ bộ): thứ 3/4 cả nước và thứ 3/4 trong vùng ${NORTH}, tính từ tỷ lệ cao nhất.`);
  });

  it('names the provinces sharing the rank, joined the Vietnamese way', () => {
    const tied = { ...base, status: 'final', country: { rank: 2, of: 4, tiedWith: ['11', '14'] } };
    expect(rankSummary(tied, laiChau, provinces, { label: 'x' }).text).toContain(
      'thứ 2/4 cả nước (đồng hạng với Điện Biên và Sơn La)',
    );
  });

  it('says out of how many provinces with data the rank is, when some have none', () => {
    const partial = { ...base, country: { rank: 1, of: 3, tiedWith: [] } };
    expect(rankSummary(partial, laiChau, provinces, { label: 'x', digits: 1 }).text).toMatch(
      /^28,1% \(số sơ bộ\): thứ 1\/3 cả nước \(xếp trong 3 tỉnh, thành phố có số liệu\) và/,
    );
  });

  it('says the province has no value that year and is not ranked, rather than hiding the line', () => {
    const missing = { ...base, year: 2016, value: null, country: null, region: null };
    expect(rankSummary(missing, laiChau, provinces, { label: 'Tỷ lệ hộ nghèo' }).text).toBe(
      'Không có số liệu của Lai Châu năm 2016, nên không xếp hạng.',
    );
  });
});

describe('rankSummary(rank, …) with printed decimals', () => {
  it('states the value with the decimals its source printed, unless digits are fixed', () => {
    const printed = { ...base, value: 50, decimals: 1 };
    expect(rankSummary(printed, laiChau, provinces, { label: 'x' }).text).toMatch(/^50,0% \(số sơ bộ\)/);
    expect(rankSummary(printed, laiChau, provinces, { label: 'x', digits: 2 }).text).toMatch(/^50,00% /);
  });
});
