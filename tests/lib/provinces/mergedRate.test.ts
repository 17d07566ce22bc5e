import { describe, expect, it } from 'vitest';
import { provincesFrom } from '../../../src/lib/data/index.ts';
import { mergedRates } from '../../../src/lib/provinces/mergedRate.ts';
import { tableOf } from '../../helpers/chartFixture.ts';

const provinces = provincesFrom(
  tableOf(
    [
      ['02', 'Hà Giang'],
      ['08', 'Tuyên Quang'],
      ['12', 'Lai Châu'],
    ].map(([code, name]) => ({
      code,
      name,
      slug: code,
      full_name: `Tỉnh ${name}`,
      region: 'Vùng',
      iso_3166_2: `VN-${code}`,
      province_2025_code: code === '12' ? '12' : '08',
      province_2025_name: code === '12' ? 'Lai Châu' : 'Tuyên Quang',
      merger_status_2025: code === '12' ? 'unchanged' : 'merged',
    })),
  ),
);
const haGiang = provinces.get('02')!;
const tuyenQuang = provinces.get('08')!;
const merged = { merged: true, predecessors: [haGiang, tuyenQuang] };

const row = (code: string, year: number, poor: number | null, total: number | null, reliability = 'official_table') => ({
  province_code: code,
  year,
  poor_households: poor,
  total_households: total,
  poverty_rate_pct: poor !== null && total ? Math.round((poor / total) * 10000) / 100 : null,
  source_id: `S-${code}-${year}`,
  reliability,
});
const review = (rows: ReturnType<typeof row>[]) =>
  tableOf(rows, {
    id: 'review',
    columns: [
      { name: 'province_code', type: 'code', label: 'Mã tỉnh', nullable: false, references: 'provinces' },
      { name: 'year', type: 'year', label: 'Năm', nullable: false },
      { name: 'poor_households', type: 'integer', label: 'Hộ nghèo', nullable: true },
      { name: 'total_households', type: 'integer', label: 'Tổng số hộ', nullable: true },
      { name: 'poverty_rate_pct', type: 'percent', label: 'Tỷ lệ', nullable: true },
      { name: 'source_id', type: 'string', label: 'Nguồn', nullable: true },
      { name: 'reliability', type: 'reliability', label: 'Độ tin cậy', nullable: true },
    ],
  });

describe('mergedRates(table, unit): a rate only from counts every old province published', () => {
  it('adds the poor households and the households of every old province for a year both published, and shows the inputs', () => {
    const [rate] = mergedRates(review([row('02', 2024, 100, 1000), row('08', 2024, 50, 500)]), merged);
    expect(rate).toMatchObject({ dataset: 'review', year: 2024, poor: 150, total: 1500, rate: 10 });
    expect(rate.inputs.map((i) => [i.province.name, i.poor, i.total, i.publishedRate, i.source])).toEqual([
      ['Hà Giang', 100, 1000, 10, 'S-02-2024'],
      ['Tuyên Quang', 50, 500, 10, 'S-08-2024'],
    ]);
  });

  it('weights by households: never the mean of the two rates', () => {
    const [rate] = mergedRates(review([row('02', 2024, 300, 1000), row('08', 2024, 100, 9000)]), merged);
    expect(rate.rate).toBeCloseTo(4);
    expect(rate.rate).not.toBeCloseTo((30 + 100 / 90) / 2);
  });

  it('computes nothing for a year one old province is missing, or published a rate without its counts', () => {
    expect(mergedRates(review([row('02', 2024, 100, 1000)]), merged)).toEqual([]);
    expect(mergedRates(review([row('02', 2024, 100, 1000), row('08', 2024, 50, null)]), merged)).toEqual([]);
    expect(mergedRates(review([row('02', 2024, null, 1000), row('08', 2024, 50, 500)]), merged)).toEqual([]);
  });

  it('never pairs counts of different years', () => {
    expect(mergedRates(review([row('02', 2023, 100, 1000), row('08', 2024, 50, 500)]), merged)).toEqual([]);
  });

  it('keeps only the years where all are complete', () => {
    const table = review([row('02', 2023, 100, 1000), row('02', 2024, 90, 1000), row('08', 2024, 50, 500)]);
    expect(mergedRates(table, merged).map((r) => r.year)).toEqual([2024]);
  });

  it('refuses counts the data flags as doubtful (an estimate, inconsistent…), for the row or for the count', () => {
    const flagged = (reliability: string) => review([row('02', 2024, 100, 1000, reliability), row('08', 2024, 50, 500)]);
    expect(mergedRates(flagged('secondary|estimate(poor_households)'), merged)).toEqual([]);
    expect(mergedRates(flagged('press_paraphrase|inconsistent'), merged)).toEqual([]);
    // A flag on another column leaves the counts usable.
    expect(mergedRates(flagged('press_paraphrase|inconsistent(poverty_rate_pct)'), merged)).toHaveLength(1);
  });

  it('refuses impossible counts: no households, or more poor households than households', () => {
    expect(mergedRates(review([row('02', 2024, 0, 0), row('08', 2024, 50, 500)]), merged)).toEqual([]);
    expect(mergedRates(review([row('02', 2024, 2000, 1000), row('08', 2024, 50, 500)]), merged)).toEqual([]);
  });

  it('gives nothing for a unit that was not merged: its one province’s page has its numbers', () => {
    expect(mergedRates(review([row('12', 2024, 100, 1000)]), { merged: false, predecessors: [provinces.get('12')!] })).toEqual(
      [],
    );
  });
});
