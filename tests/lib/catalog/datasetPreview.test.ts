import { describe, expect, it } from 'vitest';
import { datasetPreview, PREVIEW_ROWS } from '../../../src/lib/catalog/datasetPreview.ts';
import { datasetSchemaSchema, type DatasetSchema } from '../../../src/lib/data/datasetSchema.ts';
import type { Row } from '../../../src/lib/data/table.ts';

/** A small dataset shaped like the bundled ones (synthetic values: tests only). */
function povertyFixture(rowCount = 25): { file: string; schema: DatasetSchema; rows: Row[] } {
  const schema = datasetSchemaSchema.parse({
    id: 'thu-nghiem',
    title: 'Bộ thử nghiệm',
    description: 'Chỉ để kiểm thử.',
    topic: 'Nghèo đói',
    sources: [{ title: 'Nguồn thử', publisher: 'Tổng cục Thống kê', date: '2024-08-12', url: 'https://example.org/' }],
    licence: { name: 'Giấy phép thử' },
    caveats: ['Ô trống không phải 0.'],
    primaryKey: ['province_code', 'year'],
    columns: [
      { name: 'province_code', type: 'code', label: 'Mã tỉnh', nullable: true },
      { name: 'year', type: 'year', label: 'Năm', min: 2006, max: 2016 },
      { name: 'households', type: 'integer', label: 'Số hộ', unit: 'hộ' },
      { name: 'rate', type: 'percent', label: 'Tỷ lệ hộ nghèo', unit: '%', nullable: true, min: 0, max: 100 },
    ],
  });
  const rows: Row[] = Array.from({ length: rowCount }, (_, i) => ({
    province_code: i === 0 ? null : String(i).padStart(2, '0'),
    year: 2006 + (i % 3) * 2,
    households: 33486 + i,
    rate: i === 1 ? null : 3.78,
  }));
  return { file: 'data/test/thu-nghiem.csv', schema, rows };
}

describe('datasetPreview(schema, rows)', () => {
  it('shows the first 20 rows and says how many of how many', () => {
    const { schema, rows } = povertyFixture(1234);
    const preview = datasetPreview(schema, rows);
    expect(PREVIEW_ROWS).toBe(20);
    expect(preview.table.rows).toHaveLength(20);
    expect(preview.caption).toBe('20 dòng đầu trong tổng số 1.234 dòng');
  });

  it('formats every cell by its column type, missing as a dash', () => {
    const { schema, rows } = povertyFixture();
    const { table } = datasetPreview(schema, rows);
    expect(table.rows[0].map((cell) => cell.text)).toEqual(['–', '2006', '33.486', '3,78%']);
    expect(table.rows[1].map((cell) => cell.text)).toEqual(['01', '2008', '33.487', '–']);
    expect(table.rows[1].map((cell) => cell.sort)).toEqual(['01', 2008, 33487, null]);
  });

  it('heads columns with their labels, the unit beside them unless the cells carry it, and aligns numbers', () => {
    const { schema, rows } = povertyFixture();
    expect(datasetPreview(schema, rows).table.columns).toEqual([
      { label: 'Mã tỉnh', numeric: false },
      { label: 'Năm', numeric: false },
      { label: 'Số hộ (hộ)', numeric: true },
      { label: 'Tỷ lệ hộ nghèo', numeric: true },
    ]);
  });

  it('says "all rows" when the table is no longer than the preview', () => {
    const { schema, rows } = povertyFixture(12);
    const preview = datasetPreview(schema, rows);
    expect(preview.table.rows).toHaveLength(12);
    expect(preview.caption).toBe('Cả 12 dòng');
    expect(datasetPreview(schema, rows, 12).caption).toBe('Cả 12 dòng');
    expect(datasetPreview(schema, rows, 5).caption).toBe('5 dòng đầu trong tổng số 12 dòng');
  });

  it('refuses a limit that is not a whole number of rows', () => {
    const { schema, rows } = povertyFixture();
    expect(() => datasetPreview(schema, rows, 0)).toThrow(RangeError);
    expect(() => datasetPreview(schema, rows, 2.5)).toThrow(RangeError);
  });
});
