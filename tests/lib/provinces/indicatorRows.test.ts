import { describe, expect, it } from 'vitest';
import {
  changeRow,
  comparableSince,
  latestValueRows,
  missingIndicator,
  reviewRows,
} from '../../../src/lib/provinces/indicatorRows.ts';
import { csvTable, tableOf } from '../../helpers/chartFixture.ts';

const poverty = tableOf(
  [
    { province_code: null, province: 'Cả nước', year: 2010, value: 14.2, level: 'country', status: 'final' },
    { province_code: null, province: 'Cả nước', year: 2015, value: 7, level: 'country', status: 'final' },
    { province_code: null, province: 'Cả nước', year: 2016, value: 5.8, level: 'country', status: 'preliminary' },
    { province_code: '12', province: 'Lai Châu', year: 2010, value: 50.2, level: 'province', status: 'final' },
    { province_code: '12', province: 'Lai Châu', year: 2015, value: 31.5, level: 'province', status: 'final' },
    { province_code: '12', province: 'Lai Châu', year: 2016, value: 27.9, level: 'province', status: 'preliminary' },
    { province_code: '79', province: 'Hồ Chí Minh', year: 2010, value: 0.3, level: 'province', status: 'final' },
    { province_code: '79', province: 'Hồ Chí Minh', year: 2015, value: 0, level: 'province', status: 'final' },
    { province_code: '79', province: 'Hồ Chí Minh', year: 2016, value: null, level: 'province', status: 'preliminary' },
    { province_code: '01', province: 'Hà Nội', year: 2010, value: 5.3, level: 'province', status: 'final' },
    { province_code: '01', province: 'Hà Nội', year: 2016, value: 6.3, level: 'province', status: 'preliminary' },
  ],
  { id: 'poverty-rate-by-province', title: 'Tỷ lệ hộ nghèo theo tỉnh' },
);

describe('latestValueRows(table, code, options)', () => {
  it('gives the latest value with its status, the country beside it, and a link to the dataset', () => {
    expect(latestValueRows(poverty, '12', { indicator: 'Tỷ lệ hộ nghèo', digits: 1 })).toEqual([
      {
        indicator: 'Tỷ lệ hộ nghèo',
        year: '2016',
        value: '27,9%',
        missing: false,
        note: 'Số sơ bộ. Cả nước: 5,8%.',
        dataset: {
          id: 'poverty-rate-by-province',
          title: 'Tỷ lệ hộ nghèo theo tỉnh',
          href: '/du-lieu/poverty-rate-by-province/',
        },
      },
    ]);
  });

  it('says the latest year is empty, then gives the last year with a value', () => {
    const rows = latestValueRows(poverty, '79', { indicator: 'Tỷ lệ hộ nghèo', digits: 1 });
    expect(rows.map((r) => [r.year, r.value, r.missing, r.note])).toEqual([
      ['2016', 'Không có số liệu', true, 'Nguồn để trống năm 2016.'],
      ['2015', '0,0%', false, 'Năm gần nhất có số liệu. Cả nước: 7,0%.'],
    ]);
  });

  it('says Thước Đo has no data when the province has no value at all', () => {
    expect(latestValueRows(poverty, '11', { indicator: 'Tỷ lệ hộ nghèo' })).toEqual([
      missingIndicator(poverty, 'Tỷ lệ hộ nghèo'),
    ]);
    expect(missingIndicator(poverty, 'x')).toMatchObject({ year: null, value: 'Thước Đo chưa có số liệu', missing: true });
  });
});

describe('changeRow(table, code, { from, to })', () => {
  it('computes the change in percentage points, signed, and says from what to what', () => {
    const row = changeRow(poverty, '12', { indicator: 'Thay đổi', from: 2010, to: 2016, digits: 1 });
    expect(row).toMatchObject({ year: '2010–2016', value: '−22,3 điểm %', missing: false });
    expect(row.note).toBe('Giảm từ 50,2% (2010) xuống 27,9% (2016, số sơ bộ).');
    const rise = changeRow(poverty, '01', { indicator: 'Thay đổi', from: 2010, to: 2016, digits: 1 });
    expect(rise).toMatchObject({ value: '+1,0 điểm %', note: 'Tăng từ 5,3% (2010) lên 6,3% (2016, số sơ bộ).' });
  });

  it('says which year is missing when the change cannot be computed', () => {
    expect(changeRow(poverty, '79', { indicator: 'Thay đổi', from: 2010, to: 2016 })).toMatchObject({
      value: 'Không tính được',
      missing: true,
      note: 'Không có số liệu năm 2016.',
    });
  });
});

describe('reviewRows(table, code, { standard })', () => {
  const review = tableOf(
    [
      {
        province_code: '12',
        year: 2024,
        poor_households: 20961,
        poverty_rate_pct: 19.46,
        near_poor_households: 10053,
        near_poor_rate_pct: 9.33,
        source_id: 'A',
      },
      {
        province_code: '12',
        year: 2023,
        poor_households: null,
        poverty_rate_pct: 25.6,
        near_poor_households: null,
        near_poor_rate_pct: null,
        source_id: 'B',
      },
      {
        province_code: '22',
        year: 2024,
        poor_households: 0,
        poverty_rate_pct: null,
        near_poor_households: 925,
        near_poor_rate_pct: 0.24,
        source_id: 'A',
      },
    ],
    {
      id: 'households-2022-2025-standard',
      title: 'Hộ nghèo theo tỉnh',
      sources: [
        { id: 'A', title: 'Bài A', publisher: 'Báo A', reliability: 'press', credited: true, date: '2025' },
        { id: 'B', title: 'Bài B', publisher: 'Cổng B', reliability: 'official', credited: true, date: '2024' },
      ],
    },
  );

  it('gives poor and near-poor households year by year, as count and rate, citing each row’s source', () => {
    const rows = reviewRows(review, '12', { standard: 'chuẩn 2022–2025' });
    expect(rows.map((r) => [r.indicator, r.year, r.value, r.missing])).toEqual([
      ['Hộ nghèo theo rà soát, chuẩn 2022–2025', '2023', '25,6%', false],
      ['Hộ cận nghèo theo rà soát, chuẩn 2022–2025', '2023', 'Nguồn không công bố số này', true],
      ['Hộ nghèo theo rà soát, chuẩn 2022–2025', '2024', '20.961 hộ (19,46%)', false],
      ['Hộ cận nghèo theo rà soát, chuẩn 2022–2025', '2024', '10.053 hộ (9,33%)', false],
    ]);
    expect(rows[0].note).toMatch(/không phải số khảo sát.*Theo Cổng B\.$/);
  });

  it('prints a zero count as a count, not as missing', () => {
    expect(reviewRows(review, '22', { standard: 's' })[0].value).toBe('0 hộ');
  });

  it('says Thước Đo has no review for a province without rows, and how many provinces it has', () => {
    expect(reviewRows(review, '01', { standard: 'chuẩn 2022–2025' })).toEqual([
      expect.objectContaining({
        indicator: 'Hộ nghèo, hộ cận nghèo theo rà soát, chuẩn 2022–2025',
        value: 'Thước Đo chưa có số liệu',
        missing: true,
        note: 'Thước Đo mới có số rà soát của 2 tỉnh.',
      }),
    ]);
  });
});

describe('indicator rows print values as their source did', () => {
  const survey = csvTable(
    [
      'province_code,province,year,value,level,status',
      ',Cả nước,2010,14.2,country,final',
      ',Cả nước,2016,5.0,country,preliminary',
      '01,Hà Nội,2010,5.30,province,final',
      '01,Hà Nội,2016,1.3,province,preliminary',
      '12,Lai Châu,2010,50.0,province,final',
      '12,Lai Châu,2016,20.0,province,preliminary',
      '',
    ].join('\n'),
    { year: 'year', value: 'percent' },
  );

  it('latestValueRows keeps trailing zeros of the value and of the country beside it', () => {
    expect(latestValueRows(survey, '12', { indicator: 'Tỷ lệ hộ nghèo' })[0]).toMatchObject({
      value: '20,0%',
      note: 'Số sơ bộ. Cả nước: 5,0%.',
    });
  });

  it('changeRow gives the change the decimals of the more precise value', () => {
    expect(changeRow(survey, '12', { indicator: 'Thay đổi', from: 2010, to: 2016 })).toMatchObject({
      value: '−30,0 điểm %',
      note: 'Giảm từ 50,0% (2010) xuống 20,0% (2016, số sơ bộ).',
    });
    expect(changeRow(survey, '01', { indicator: 'Thay đổi', from: 2010, to: 2016 })).toMatchObject({
      value: '−4,00 điểm %',
      note: 'Giảm từ 5,30% (2010) xuống 1,3% (2016, số sơ bộ).',
    });
  });

  it('reviewRows shows a rate printed 5.90 as 5,90%', () => {
    const review = csvTable(
      [
        'province_code,year,poor_households,poverty_rate_pct,near_poor_households,near_poor_rate_pct,source_id',
        '62,2021,21989,15.32,9091,5.90,A',
        '',
      ].join('\n'),
      {
        year: 'year',
        poor_households: 'integer',
        poverty_rate_pct: 'percent',
        near_poor_households: 'integer',
        near_poor_rate_pct: 'percent',
      },
    );
    expect(reviewRows(review, '62', { standard: 's' }).map((r) => r.value)).toEqual(['21.989 hộ (15,32%)', '9.091 hộ (5,90%)']);
  });
});

describe('indicator rows and declared breaks', () => {
  const withBreaks = {
    ...poverty,
    schema: {
      ...poverty.schema,
      breaks: [
        {
          kind: 'standard' as const,
          before: 2015,
          label: 'Đổi chuẩn',
          note: 'Chuẩn mới từ năm 2015.',
          provinces: 'all' as const,
        },
        { kind: 'boundary' as const, before: 2016, label: 'Mở rộng', note: 'Tỉnh mới từ năm 2016.', provinces: ['79'] },
      ],
    },
  };

  it('changeRow(table, code, …) refuses a change across a break of the province, naming it', () => {
    expect(changeRow(withBreaks, '12', { indicator: 'Thay đổi', from: 2010, to: 2016 })).toMatchObject({
      year: '2010–2016',
      value: 'Không tính được',
      missing: true,
      note: 'Chuỗi số bị ngắt giữa 2010 và 2016 (Đổi chuẩn năm 2015): hai năm không so sánh được.',
    });
    expect(changeRow(withBreaks, '12', { indicator: 'Thay đổi', from: 2015, to: 2016 }).missing).toBe(false);
  });

  it('comparableSince(table, code) is the last break of the province, or the first year', () => {
    expect(comparableSince(withBreaks, '79')).toMatchObject({ year: 2016 });
    expect(comparableSince(withBreaks, '79').breaks.map((b) => b.before)).toEqual([2015, 2016]);
    expect(comparableSince(withBreaks, '12')).toMatchObject({ year: 2015 });
    expect(comparableSince(poverty, '12')).toEqual({ year: 2010, breaks: [] });
  });

  it('latestValueRows(table, code, …) says a value lies before a break of its series', () => {
    const rows = latestValueRows(withBreaks, '79', { indicator: 'Tỷ lệ hộ nghèo', digits: 1 });
    expect(rows[1].note).toBe(
      'Năm gần nhất có số liệu. Số trước điểm ngắt của chuỗi (Mở rộng năm 2016): không so sánh với các năm sau. Cả nước: 7,0%.',
    );
  });
});
