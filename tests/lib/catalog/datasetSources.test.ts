import { describe, expect, it } from 'vitest';
import { datasetSources } from '../../../src/lib/catalog/datasetSources.ts';

describe('datasetSources(sources)', () => {
  it('keeps the schema order and writes each date the Vietnamese way, keeping the ISO form for <time>', () => {
    const items = datasetSources([
      {
        title: 'Niên giám thống kê 2023',
        publisher: 'Tổng cục Thống kê',
        reliability: 'official',
        credited: true,
        date: '2024-08',
        url: 'https://www.gso.gov.vn',
      },
      {
        id: 'qd-1719',
        title: 'Quyết định',
        publisher: 'Thủ tướng Chính phủ',
        reliability: 'official',
        credited: true,
        date: '2021-10-14',
        document: 'Quyết định 1719/QĐ-TTg',
        note: 'Điều 2',
      },
      { title: 'Báo cáo', publisher: 'Bộ LĐ-TB&XH', reliability: 'official', credited: true, date: '2020' },
    ]);
    expect(items.map((s) => [s.date, s.dateTime])).toEqual([
      ['tháng 8/2024', '2024-08'],
      ['14/10/2021', '2021-10-14'],
      ['2020', '2020'],
    ]);
    expect(items[0]).toMatchObject({
      title: 'Niên giám thống kê 2023',
      url: 'https://www.gso.gov.vn',
      publisher: 'Tổng cục Thống kê',
    });
    expect(items[1]).toMatchObject({ id: 'qd-1719', document: 'Quyết định 1719/QĐ-TTg', note: 'Điều 2' });
    expect(items[2].url).toBeUndefined();
    expect(items.map((s) => s.reliability)).toEqual([
      'văn bản, số liệu chính thức',
      'văn bản, số liệu chính thức',
      'văn bản, số liệu chính thức',
    ]);
  });
});
