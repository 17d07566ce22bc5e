import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets, provincesFrom, type Row, type SeriesBreak, type Table } from '../../../src/lib/data/index.ts';
import { PROFILE_DATASETS, provinceProfile } from '../../../src/lib/provinces/provinceProfile.ts';
import { tableOf } from '../../helpers/chartFixture.ts';

const NORTH = 'Trung du và miền núi phía Bắc';
const DELTA = 'Đồng bằng sông Hồng';

/** Small tables named like the real datasets: three provinces in two regions. */
function fixtureTables(): Map<string, Table> {
  const named = (id: string, rows: Row[], breaks: SeriesBreak[] = []) => tableOf(rows, { id, title: `Bộ ${id}`, breaks });
  const province = (code: string, name: string, slug: string, region: string, to: [string, string], status: string) => ({
    code,
    name,
    slug,
    full_name: `Tỉnh ${name}`,
    region,
    iso_3166_2: `VN-${code}`,
    province_2025_code: to[0],
    province_2025_name: to[1],
    merger_status_2025: status,
  });
  const survey = (code: string | null, name: string, level: string, year: number, value: number | null) => ({
    province_code: code,
    province: name,
    year,
    value,
    level,
    status: year >= 2016 ? 'preliminary' : 'final',
  });
  const levels = (year: number, [country, north, delta, laiChau, haGiang, haNoi]: (number | null)[]) => [
    survey(null, 'Cả nước', 'country', year, country),
    survey(null, NORTH, 'region', year, north),
    survey(null, DELTA, 'region', year, delta),
    survey('12', 'Lai Châu', 'province', year, laiChau),
    survey('02', 'Hà Giang', 'province', year, haGiang),
    survey('01', 'Hà Nội', 'province', year, haNoi),
  ];
  const tables = [
    named('provinces', [
      province('12', 'Lai Châu', 'lai-chau', NORTH, ['12', 'Lai Châu'], 'unchanged'),
      province('02', 'Hà Giang', 'ha-giang', NORTH, ['08', 'Tuyên Quang'], 'merged'),
      province('01', 'Hà Nội', 'ha-noi', DELTA, ['01', 'Hà Nội'], 'unchanged'),
    ]),
    named(
      'province-merger-2025',
      ['12', '02', '01'].map((old_gso_code) => ({
        old_gso_code,
        new_province_type_2025: old_gso_code === '01' ? 'Thành phố trực thuộc Trung ương' : 'Tỉnh',
      })),
    ),
    named(
      'poverty-rate-by-province',
      [
        ...levels(2008, [13.4, 25.1, 8.6, 53.7, 44, 6.6]),
        ...levels(2010, [14.2, 29.4, 8.3, 50.2, 50, 5.3]),
        ...levels(2016, [5.8, 13.8, 2.4, 27.9, 27.9, null]),
      ],
      [{ kind: 'standard', before: 2010, label: 'Đổi chuẩn nghèo', note: 'Chuẩn mới từ năm 2010.', provinces: 'all' }],
    ),
    named('multidimensional-poverty-rate-by-province-2023', levels(2023, [3.37, 12.9, 0.7, 28.12, 29.07, 0.1])),
    named('percentage-of-households-using-electricity-by-province', [
      ...levels(2014, [98.3, null, null, 72.6, 80, 100]),
      ...levels(2016, [98.8, null, null, 86.8, null, 100]),
    ]),
    named(
      'percentage-of-households-by-type-of-house-by-province',
      levels(2016, [49.7, 30, 90, 21.6, 25.6, 91.8]).map((row) => ({ ...row, breakdown: 'Permanent house' })),
    ),
    named('review-by-province-2022-2025-standard', [
      {
        province_code: '12',
        year: 2024,
        poor_households: 20961,
        poverty_rate_pct: 19.46,
        near_poor_households: 10053,
        near_poor_rate_pct: 9.33,
        source_id: null,
      },
      {
        province_code: '02',
        year: 2022,
        poor_households: 1,
        poverty_rate_pct: 1,
        near_poor_households: 1,
        near_poor_rate_pct: 1,
        source_id: null,
      },
    ]),
    named('households-2016-2020-standard', [
      {
        province_code: '12',
        year: 2020,
        poor_households: null,
        poverty_rate_pct: 16.33,
        near_poor_households: null,
        near_poor_rate_pct: null,
        source_id: null,
      },
    ]),
  ];
  return new Map(tables.map((t) => [t.id, t]));
}

const stories = [
  { id: 'moi', data: { provinces: ['12', '02'] } },
  { id: 'cu', data: { provinces: ['12'] } },
  { id: 'khac', data: { provinces: ['01'] } },
];

describe('provinceProfile(tables, code, stories) on small tables', () => {
  const tables = fixtureTables();
  const laiChau = provinceProfile(tables, '12', stories);

  it('reads exactly the datasets it declares', () => {
    expect([...tables.keys()].sort()).toEqual([...PROFILE_DATASETS].sort());
  });

  it('gives the name, region and place since July 2025', () => {
    expect(laiChau.province.name).toBe('Lai Châu');
    expect(laiChau.regionLine).toBe(`Vùng ${NORTH}.`);
    expect(laiChau.merger.map((p) => p.text).join('')).toBe(
      'Từ 01/07/2025 giữ nguyên, không sáp nhập: xem tỉnh Lai Châu từ 01/07/2025.',
    );
    expect(laiChau.pageTitle).toBe('Lai Châu: số liệu nghèo và an sinh xã hội');
    expect(laiChau.pageDescription).toMatch(
      /^Lai Châu: tỷ lệ hộ nghèo đa chiều năm 2023 là 28,12%, thứ 2\/3 cả nước tính từ tỷ lệ cao nhất\./,
    );
  });

  it('ranks the latest multidimensional year and the latest income-line year, ties sharing a rank', () => {
    expect(laiChau.ranks.map((r) => r.label)).toEqual([
      'Tỷ lệ hộ nghèo đa chiều, năm 2023',
      'Tỷ lệ hộ nghèo theo chuẩn thu nhập, năm 2016',
    ]);
    expect(laiChau.ranks[0].text).toBe(
      `28,12% (số sơ bộ): thứ 2/3 cả nước và thứ 2/2 trong vùng ${NORTH}, tính từ tỷ lệ cao nhất.`,
    );
    expect(laiChau.ranks[1].rank.country).toEqual({ rank: 1, of: 2, tiedWith: ['02'] });
    expect(laiChau.ranks[1].text).toContain('thứ 1/2 cả nước (đồng hạng với Hà Giang; xếp trong 2 tỉnh, thành phố có số liệu)');
  });

  it('lists every indicator in order, with the change 2010→2016 computed within one standard', () => {
    expect(laiChau.indicators.map((r) => [r.indicator, r.year, r.value])).toEqual([
      ['Tỷ lệ hộ nghèo đa chiều (khảo sát)', '2023', '28,12%'],
      ['Tỷ lệ hộ nghèo, chuẩn thu nhập (khảo sát)', '2016', '27,9%'],
      ['Thay đổi tỷ lệ hộ nghèo, chuẩn thu nhập', '2010–2016', '−22,3 điểm %'],
      ['Hộ nghèo theo rà soát, chuẩn 2016–2020', '2020', '16,33%'],
      ['Hộ cận nghèo theo rà soát, chuẩn 2016–2020', '2020', 'Nguồn không công bố số này'],
      ['Tỷ lệ hộ sử dụng điện', '2016', '86,8%'],
      ['Tỷ lệ hộ ở nhà kiên cố', '2016', '21,6%'],
    ]);
    expect(laiChau.indicators.every((r) => r.dataset.href === `/du-lieu/${r.dataset.id}/`)).toBe(true);
  });

  it('gives the 2021–2025 review year by year, the years without a row as gaps (Lai Châu: 2022–2024)', () => {
    expect(laiChau.review.span).toEqual([2022, 2024]);
    expect(laiChau.review.years.map((y) => [y.year, y.missing, y.poor.text])).toEqual([
      [2022, true, 'Chưa có số liệu'],
      [2023, true, 'Chưa có số liệu'],
      [2024, false, '20.961'],
    ]);
    expect(provinceProfile(tables, '01').review).toMatchObject({ years: [], provinces: 2 });
    expect(laiChau.facts.facts).toEqual([]);
  });

  it('keeps a row for each missing indicator and year, saying so (Hà Nội)', () => {
    const haNoi = provinceProfile(tables, '01', stories);
    const missing = haNoi.indicators.filter((r) => r.missing).map((r) => [r.indicator, r.year, r.value]);
    expect(missing).toEqual([
      ['Tỷ lệ hộ nghèo, chuẩn thu nhập (khảo sát)', '2016', 'Không có số liệu'],
      ['Thay đổi tỷ lệ hộ nghèo, chuẩn thu nhập', '2010–2016', 'Không tính được'],
      ['Hộ nghèo, hộ cận nghèo theo rà soát, chuẩn 2016–2020', null, 'Thước Đo chưa có số liệu'],
    ]);
    expect(haNoi.ranks[1].text).toBe('Không có số liệu của Hà Nội năm 2016, nên không xếp hạng.');
    expect(haNoi.merger.map((p) => p.text).join('')).toBe(
      'Từ 01/07/2025 giữ nguyên, không sáp nhập: xem thành phố Hà Nội từ 01/07/2025.',
    );
  });

  it('gives the trend chart and the stories that list the province', () => {
    expect(laiChau.trend?.spec.id).toBe('tinh-lai-chau-ty-le-ho-ngheo');
    expect(laiChau.stories.map((s) => s.id)).toEqual(['moi', 'cu']);
    expect(provinceProfile(tables, '02').stories).toEqual([]);
  });

  it('names the unit a merged province belongs to, even when no other province of its group is in the table', () => {
    expect(provinceProfile(tables, '02').merger).toEqual([
      { text: 'Từ 01/07/2025 thuộc ' },
      { text: 'tỉnh Tuyên Quang mới', href: '/tinh/2025/tuyen-quang/' },
      { text: '.' },
    ]);
    expect(provinceProfile(tables, '02').era).toBe('Tỉnh trước 01/07/2025');
  });

  it('names the dataset it misses, and the unknown code', () => {
    const partial = new Map(tables);
    partial.delete('households-2016-2020-standard');
    expect(() => provinceProfile(partial, '12')).toThrow(/"households-2016-2020-standard" is missing/);
    expect(() => provinceProfile(tables, '99')).toThrow(/"99"/);
  });
});

describe('provinceProfile(tables, code) on the bundled data/', () => {
  const root = join(import.meta.dirname, '../../..');
  const tables = loadDatasets(join(root, 'data'), root);
  const codes = [...provincesFrom(tables.get('provinces')!).keys()];

  it('builds a profile for each of the 63 provinces, with a trend chart, both rankings and the review series', () => {
    expect(codes).toHaveLength(63);
    for (const code of codes) {
      const profile = provinceProfile(tables, code);
      expect(profile.trend, code).not.toBeNull();
      expect(profile.ranks, code).toHaveLength(2);
      expect(profile.indicators.length, code).toBeGreaterThanOrEqual(6);
      expect(profile.review.span, code).toEqual([2021, 2025]);
      expect([0, 5], code).toContain(profile.review.years.length);
    }
    expect(codes.filter((code) => provinceProfile(tables, code).review.years.length > 0)).toHaveLength(29);
  });

  it('ranks Lai Châu 3rd of 63 in 2023 at 28,12%, and 3rd of 14 in its region', () => {
    const laiChau = provinceProfile(tables, '12');
    expect(laiChau.ranks[0].rank).toMatchObject({
      year: 2023,
      value: 28.12,
      country: { rank: 3, of: 63, tiedWith: [] },
      region: { rank: 3, of: 14, tiedWith: [] },
    });
    expect(laiChau.ranks[0].text).toBe(
      `28,12% (số sơ bộ): thứ 3/63 cả nước và thứ 3/14 trong vùng ${NORTH}, tính từ tỷ lệ cao nhất.`,
    );
    expect(laiChau.indicators.find((r) => r.indicator.startsWith('Thay đổi'))?.value).toBe('−22,3 điểm %');
    expect(laiChau.trend?.spec.description).toContain('Lai Châu: 58,2% năm 2006, 27,9% năm 2016.');
  });

  it('reads the change of Hà Nội since its last break, naming the breaks it does not cross', () => {
    const change = provinceProfile(tables, '01').indicators.find((r) => r.indicator.startsWith('Thay đổi'))!;
    expect(change.year).toBe('2010–2016');
    expect(change.missing).toBe(false);
    expect(change.note).toContain(
      'Cùng chuẩn và địa giới từ năm 2010; không so với các năm trước đó (Mở rộng Hà Nội năm 2008; Đổi chuẩn nghèo năm 2010).',
    );
  });

  it('says Hồ Chí Minh has no 2016 income-line value, instead of ranking or hiding it', () => {
    const hcm = provinceProfile(tables, '79');
    expect(hcm.ranks[1].text).toBe('Không có số liệu của Hồ Chí Minh năm 2016, nên không xếp hạng.');
    expect(
      hcm.indicators.filter((r) => r.indicator.startsWith('Tỷ lệ hộ nghèo, chuẩn thu nhập')).map((r) => [r.year, r.value]),
    ).toEqual([
      ['2016', 'Không có số liệu'],
      ['2015', '0,0%'],
    ]);
    expect(hcm.merger.map((p) => p.text).join('')).toBe(
      'Từ 01/07/2025 thuộc thành phố Hồ Chí Minh mới, cùng với Bà Rịa - Vũng Tàu và Bình Dương.',
    );
  });

  it('writes chart descriptions whose every figure is in the chart’s data table', () => {
    for (const code of codes) {
      const { spec, model } = provinceProfile(tables, code).trend!;
      const shown = [...model.table.columns.map((c) => c.label), ...model.table.rows.flat().map((c) => c.text), spec.title].join(
        ' | ',
      );
      for (const figure of spec.description.match(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g) ?? [])
        expect(shown, `${figure} (${code})`).toContain(figure);
    }
  });
});
