import { describe, expect, it } from 'vitest';
import { povertyFixture } from '../../helpers/catalogFixture.ts';
import { catalogGroups } from '../../../src/lib/catalog/catalogGroups.ts';
import { datasetCatalog } from '../../../src/lib/catalog/datasetCatalog.ts';

function dataset(id: string, topic: string, title: string) {
  const { schema, rows } = povertyFixture(3);
  return { schema: { ...schema, id, topic, title }, rows };
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
