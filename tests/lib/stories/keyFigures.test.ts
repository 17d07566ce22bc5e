import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets, pickPrinted, provinceNamesOf, type Table } from '../../../src/lib/data/index.ts';
import { keyFigureFacts, keyFigures } from '../../../src/lib/stories/keyFigures.ts';

const root = join(import.meta.dirname, '../../..');
const tables = loadDatasets(join(root, 'data'), root);
const table = (id: string): Table => tables.get(id)!;
const provinces = provinceNamesOf(table('provinces').rows);

describe('keyFigureFacts(figure, table, provinces)', () => {
  it('reads each front-page figure from exactly one row, with its year, source and link', () => {
    const facts = keyFigures.map((figure) => keyFigureFacts(figure, table(String(figure.so.bo)), provinces));
    expect(facts.map(({ year, source, href }) => ({ year, source, href }))).toEqual([
      { year: '2023 (số sơ bộ)', source: 'Tổng cục Thống kê (GSO)', href: '/bieu-do/ban-do-ty-le-ho-ngheo-da-chieu-2023/' },
      {
        year: '2024',
        source: 'Quyết định 217/QĐ-BLĐTBXH, theo Truyền hình Tuyên Quang (tuyenquangtv.vn)',
        href: '/bieu-do/ty-le-ho-ngheo-ca-nuoc-2022-2024/',
      },
      {
        year: '2016',
        source: 'Tạp chí Kinh tế và Dự báo (Bộ Kế hoạch và Đầu tư)',
        href: '/bieu-do/duong-nhua-den-xa-2006-2016/',
      },
      { year: '2016 (số sơ bộ)', source: 'Tổng cục Thống kê (GSO)', href: '/bieu-do/ban-do-ho-dung-dien-2002-2016/' },
    ]);
    // The numbers themselves come from the CSV, as printed there.
    const printed = facts.map(({ resolved }) => pickPrinted(table(resolved.dataset), resolved.where, resolved.column).value);
    expect(printed).toEqual([3.37, 599608, 97, 98.8]);
  });

  it('fails, in the words of <So>, when a figure reads no row', () => {
    const figure = { label: 'x', so: { bo: 'national-totals', tinh: 'Cả nước', nam: 1999, cot: 'poor_households' } };
    expect(() => keyFigureFacts(figure, table('national-totals'), provinces)).toThrow();
  });
});
