import { datasetSchemaSchema, type DatasetSchema } from '../../src/lib/data/datasetSchema.ts';
import type { Decimals, Row } from '../../src/lib/data/table.ts';

/** A small dataset shaped like the bundled ones (synthetic values: tests only). */
export function povertyFixture(rowCount = 25): { file: string; schema: DatasetSchema; rows: Row[]; decimals: Decimals[] } {
  const schema = datasetSchemaSchema.parse({
    id: 'thu-nghiem',
    title: 'Bộ thử nghiệm',
    description: 'Chỉ để kiểm thử.',
    topic: 'Nghèo đói',
    sources: [
      {
        title: 'Nguồn thử',
        publisher: 'Tổng cục Thống kê',
        reliability: 'official',
        credited: true,
        date: '2024-08-12',
        url: 'https://example.org/',
      },
    ],
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
  // As the CSV would print them: households 33486, rates 3.78.
  const decimals = rows.map((row): Decimals => (row.rate === null ? { households: 0 } : { households: 0, rate: 2 }));
  return { file: 'data/test/thu-nghiem.csv', schema, rows, decimals };
}
