import { describe, expect, it } from 'vitest';
import { catalogGroups } from '../../../src/lib/catalog/catalogGroups.ts';
import { datasetCatalog } from '../../../src/lib/catalog/datasetCatalog.ts';
import { datasetSchemaSchema, type DatasetSchema } from '../../../src/lib/data/datasetSchema.ts';
import type { Row } from '../../../src/lib/data/table.ts';

function dataset(id: string, topic: string, title: string) {
  const { schema, rows } = povertyFixture(3);
  return { schema: { ...schema, id, topic, title }, rows };
}

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

describe('datasetCatalog(datasets)', () => {
  it('links each item to its page and its CSV', () => {
    const [item] = datasetCatalog([dataset('ho-ngheo', 'Nghèo đói', 'Hộ nghèo')]);
    expect(item).toMatchObject({
      path: '/du-lieu/ho-ngheo/',
      csvPath: '/du-lieu/ho-ngheo.csv',
      rows: '3',
      years: '2006, 2008, 2010',
    });
  });
});

describe('catalogGroups(items)', () => {
  it('groups items by topic, topics in Vietnamese order, titles in Vietnamese order within each', () => {
    const items = datasetCatalog([
      dataset('c', 'Hạ tầng nông thôn', 'Đường'),
      dataset('a', 'Điều kiện sống', 'Nhà ở'),
      dataset('b', 'Địa giới hành chính', 'Tỉnh'),
      dataset('d', 'Hạ tầng nông thôn', 'Điện'),
      dataset('e', 'Hạ tầng nông thôn', 'Dân số'),
    ]);
    const groups = catalogGroups(items);
    expect(groups.map((g) => [g.topic, g.slug, g.items.map((i) => i.title)])).toEqual([
      ['Địa giới hành chính', 'dia-gioi-hanh-chinh', ['Tỉnh']],
      ['Điều kiện sống', 'dieu-kien-song', ['Nhà ở']],
      ['Hạ tầng nông thôn', 'ha-tang-nong-thon', ['Dân số', 'Điện', 'Đường']],
    ]);
  });

  it('returns no group for no items', () => {
    expect(catalogGroups([])).toEqual([]);
  });
});
