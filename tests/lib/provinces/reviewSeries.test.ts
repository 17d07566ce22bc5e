import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../../src/lib/data/index.ts';
import { reviewSeries } from '../../../src/lib/provinces/reviewSeries.ts';
import { tableOf } from '../../helpers/chartFixture.ts';

const review = tableOf([
  {
    province_code: '12',
    year: 2021,
    poor_households: 33486,
    poverty_rate_pct: null,
    near_poor_rate_pct: 9.5,
    source_id: 'A',
    reliability: 'press_paraphrase',
  },
  {
    province_code: '12',
    year: 2024,
    poor_households: 20961,
    poverty_rate_pct: 19.46,
    near_poor_rate_pct: 9.33,
    source_id: 'A|B',
    reliability: 'secondary|estimate(poor_households)',
  },
  {
    province_code: '11',
    year: 2025,
    poor_households: 25541,
    poverty_rate_pct: 17.78,
    near_poor_rate_pct: 13.05,
    source_id: 'B',
    reliability: 'official_table',
  },
]);
review.schema.columns = review.schema.columns.map((c) =>
  c.name === 'reliability'
    ? { ...c, type: 'reliability' as const }
    : c.name === 'source_id'
      ? { ...c, separator: '|' as const }
      : c,
);
review.schema.sources = [
  {
    id: 'A',
    title: 'Bài A',
    publisher: 'Báo A',
    reliability: 'press',
    credited: true,
    date: '2024',
    url: 'https://a.example/bai',
  },
  { id: 'B', title: 'Bài B', publisher: 'Cổng B', reliability: 'official', credited: true, date: '2025' },
];

describe('reviewSeries(table, code)', () => {
  it('lists every year the dataset covers, a year without a row as a gap in words, never filled in', () => {
    const { span, years } = reviewSeries(review, '12');
    expect(span).toEqual([2021, 2025]);
    expect(years.map((y) => [y.year, y.missing, y.poor.text, y.rate.text, y.nearRate.text])).toEqual([
      [2021, false, '33.486', '–', '9,5%'],
      [2022, true, 'Chưa có số liệu', 'Chưa có số liệu', 'Chưa có số liệu'],
      [2023, true, 'Chưa có số liệu', 'Chưa có số liệu', 'Chưa có số liệu'],
      [2024, false, '20.961', '19,46%', '9,33%'],
      [2025, true, 'Chưa có số liệu', 'Chưa có số liệu', 'Chưa có số liệu'],
    ]);
  });

  it('gives each row its sources, how it was read, and the markers of its reliability cell', () => {
    const [first, , , fourth] = reviewSeries(review, '12').years;
    expect(first).toMatchObject({
      reading: 'Theo báo chí dẫn lại',
      yearMarks: [],
      sources: [{ name: 'Báo A', url: 'https://a.example/bai' }],
    });
    expect(fourth).toMatchObject({
      reading: 'Nguồn thứ cấp',
      yearMarks: ['†'],
      poor: { text: '20.961', marks: ['≈'] },
      rate: { text: '19,46%', marks: [] },
      sources: [{ name: 'Báo A', url: 'https://a.example/bai' }, { name: 'Cổng B' }],
    });
    expect(reviewSeries(review, '12').footnotes.map((f) => f.mark)).toEqual(['†', '≈']);
    expect(reviewSeries(review, '11').years.at(-1)?.reading).toBe('Đọc từ bảng số liệu');
  });

  it('has no rows for a province the dataset lacks, and counts the provinces it covers', () => {
    expect(reviewSeries(review, '01')).toMatchObject({ years: [], provinces: 2, span: [2021, 2025] });
  });
});

describe('reviewSeries on the bundled 2021–2025 review', () => {
  const root = join(import.meta.dirname, '../../..');
  const table = loadDatasets(join(root, 'data'), root).get('review-by-province-2022-2025-standard')!;

  it('marks Hà Giang 2023’s 59.496 as an estimate from a secondary source, its rates as press reports', () => {
    const haGiang = reviewSeries(table, '02');
    expect(haGiang.years.map((y) => [y.year, y.missing])).toEqual([
      [2021, true],
      [2022, true],
      [2023, false],
      [2024, true],
      [2025, true],
    ]);
    const y2023 = haGiang.years[2];
    expect(y2023).toMatchObject({
      poor: { text: '59.496', marks: ['†', '≈'] },
      rate: { text: '31,12%', marks: [] },
      reading: 'Theo báo chí dẫn lại',
    });
    expect(y2023.sources.map((s) => s.name)).toEqual(['thactrang.com (nguồn thứ cấp)', 'VietNamNet']);
  });

  it('shows Quảng Ninh in 2023, its conflicting near-poor rate empty and marked, and 2024 as a gap', () => {
    const quangNinh = reviewSeries(table, '22').years;
    expect(quangNinh.find((y) => y.year === 2023)).toMatchObject({
      poor: { text: '0', marks: [] },
      nearRate: { text: '–', marks: ['‡'] },
    });
    expect(quangNinh.find((y) => y.year === 2024)?.missing).toBe(true);
  });
});
