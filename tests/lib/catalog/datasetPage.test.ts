import { describe, expect, it } from 'vitest';
import { datasetPage } from '../../../src/lib/catalog/datasetPage.ts';
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

describe('datasetPage(dataset, bytes)', () => {
  it('states rows, years, file name and size, and decimal mark', () => {
    const page = datasetPage(povertyFixture(), 42141);
    expect(page.facts).toEqual([
      { label: 'Số dòng', value: '25' },
      { label: 'Năm', value: '2006, 2008, 2010' },
      { label: 'Tệp', value: 'thu-nghiem.csv (41,2 KB)' },
      { label: 'Dấu thập phân trong tệp', value: 'dấu chấm (1417.3)' },
    ]);
    expect(page.fileName).toBe('thu-nghiem.csv');
    expect(page.csvPath).toBe('/du-lieu/thu-nghiem.csv');
  });

  it('says when a dataset has no year column, and names a comma decimal mark', () => {
    const dataset = povertyFixture();
    dataset.schema = { ...dataset.schema, decimal: ',', columns: dataset.schema.columns.filter((c) => c.type !== 'year') };
    const facts = datasetPage(dataset, 10).facts;
    expect(facts[1]).toEqual({ label: 'Năm', value: 'không theo năm' });
    expect(facts[3].value).toBe('dấu phẩy (1.417,3)');
  });

  it('carries the schema: sources, licence, caveats, columns, primary key and a preview', () => {
    const page = datasetPage(povertyFixture(), 1000);
    expect(page).toMatchObject({ id: 'thu-nghiem', title: 'Bộ thử nghiệm', description: 'Chỉ để kiểm thử.' });
    expect(page.sources[0].date).toBe('12/08/2024');
    expect(page.licence).toEqual({ name: 'Giấy phép thử' });
    expect(page.caveats).toEqual(['Ô trống không phải 0.']);
    expect(page.columns.map((c) => c.type)).toEqual(['mã', 'năm', 'số nguyên', 'tỷ lệ %']);
    expect(page.primaryKey).toEqual(['province_code', 'year']);
    expect(page.preview.caption).toBe('20 dòng đầu trong tổng số 25 dòng');
  });
});
