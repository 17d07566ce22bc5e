import { describe, expect, it } from 'vitest';
import { povertyFixture } from '../../helpers/catalogFixture.ts';
import { datasetPreview, PREVIEW_ROWS } from '../../../src/lib/catalog/datasetPreview.ts';

describe('datasetPreview(schema, rows, decimals)', () => {
  it('shows the first 20 rows and says how many of how many', () => {
    const { schema, rows, decimals } = povertyFixture(1234);
    const preview = datasetPreview(schema, rows, decimals);
    expect(PREVIEW_ROWS).toBe(20);
    expect(preview.table.rows).toHaveLength(20);
    expect(preview.caption).toBe('20 dòng đầu trong tổng số 1.234 dòng');
  });

  it('formats every cell by its column type, missing as a dash', () => {
    const { schema, rows, decimals } = povertyFixture();
    const { table } = datasetPreview(schema, rows, decimals);
    expect(table.rows[0].map((cell) => cell.text)).toEqual(['–', '2006', '33.486', '3,78%']);
    expect(table.rows[1].map((cell) => cell.text)).toEqual(['01', '2008', '33.487', '–']);
    expect(table.rows[1].map((cell) => cell.sort)).toEqual(['01', 2008, 33487, null]);
  });

  it('shows each number with the decimals the file prints it with', () => {
    const { schema, rows } = povertyFixture(2);
    const printed = [
      { households: 0, rate: 1 },
      { households: 0, rate: 2 },
    ];
    const table = datasetPreview(
      schema,
      [
        { ...rows[0], rate: 3 },
        { ...rows[1], rate: 5.9 },
      ],
      printed,
    ).table;
    expect(table.rows.map((row) => row[3].text)).toEqual(['3,0%', '5,90%']);
  });

  it('heads columns with their labels, the unit beside them unless the cells carry it, and aligns numbers', () => {
    const { schema, rows, decimals } = povertyFixture();
    expect(datasetPreview(schema, rows, decimals).table.columns).toEqual([
      { label: 'Mã tỉnh', numeric: false },
      { label: 'Năm', numeric: false },
      { label: 'Số hộ (hộ)', numeric: true },
      { label: 'Tỷ lệ hộ nghèo', numeric: true },
    ]);
  });

  it('says "all rows" when the table is no longer than the preview', () => {
    const { schema, rows, decimals } = povertyFixture(12);
    const preview = datasetPreview(schema, rows, decimals);
    expect(preview.table.rows).toHaveLength(12);
    expect(preview.caption).toBe('Toàn bộ 12 dòng');
    expect(datasetPreview(schema, rows, decimals, 12).caption).toBe('Toàn bộ 12 dòng');
    expect(datasetPreview(schema, rows, decimals, 5).caption).toBe('5 dòng đầu trong tổng số 12 dòng');
  });

  it('refuses a limit that is not a whole number of rows', () => {
    const { schema, rows, decimals } = povertyFixture();
    expect(() => datasetPreview(schema, rows, decimals, 0)).toThrow(RangeError);
    expect(() => datasetPreview(schema, rows, decimals, 2.5)).toThrow(RangeError);
  });
});
