import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets, provincesFrom } from '../../../src/lib/data/index.ts';
import { compareVi } from '../../../src/lib/format/collate.ts';
import { finderKey, findProvinces, provinceFor } from '../../../src/lib/provinces/provinceFinder.ts';

const root = join(import.meta.dirname, '../../..');
const provinces = [...provincesFrom(loadDatasets(join(root, 'data'), root).get('provinces')!).values()].sort((a, b) =>
  compareVi(a.name, b.name),
);
const names = (query: string) => findProvinces(query, provinces).map((p) => p.name);

describe('finderKey(name)', () => {
  it('folds diacritics and đ, NFC or NFD, and drops the unit in front', () => {
    expect(finderKey('Hà Giang')).toBe('ha giang');
    expect(finderKey('Hà Giang'.normalize('NFD'))).toBe('ha giang');
    expect(finderKey('  HÀ   GIANG ')).toBe('ha giang');
    expect(finderKey('Tỉnh Điện Biên')).toBe('dien bien');
    expect(finderKey('TP. Hồ Chí Minh')).toBe('ho chi minh');
    expect(finderKey('Thành phố Hồ Chí Minh')).toBe('ho chi minh');
    expect(finderKey('Bà Rịa - Vũng Tàu')).toBe('ba ria vung tau');
  });
});

describe('findProvinces(query, provinces) and provinceFor(query, provinces)', () => {
  it('finds Hà Giang typed with or without diacritics, in NFD, or as its full name', () => {
    for (const query of ['ha giang', 'Hà Giang', 'Hà Giang'.normalize('NFD'), 'HA GIANG', 'Tỉnh Hà Giang', 'ha-giang']) {
      expect(provinceFor(query, provinces)?.slug, query).toBe('ha-giang');
      expect(names(query)[0], query).toBe('Hà Giang');
    }
  });

  it('accepts both places of the tone mark (Hoà Bình, Hòa Bình) and đ typed as d', () => {
    expect(provinceFor('Hoà Bình', provinces)?.slug).toBe('hoa-binh');
    expect(provinceFor('dak lak', provinces)?.name).toBe('Đắk Lắk');
    expect(provinceFor('tp ho chi minh', provinces)?.name).toBe('Hồ Chí Minh');
  });

  it('ranks names that begin with the query before names with a word that does', () => {
    expect(names('giang')).toEqual(['An Giang', 'Bắc Giang', 'Hà Giang', 'Hậu Giang', 'Kiên Giang', 'Tiền Giang']);
    expect(names('binh')).toEqual([
      ...['Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận'],
      ...['Hòa Bình', 'Ninh Bình', 'Quảng Bình', 'Thái Bình'],
    ]);
    expect(names('ha').slice(0, 4)).toEqual(['Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh']);
  });

  it('puts the spelling with the typed diacritics first', () => {
    expect(names('Hải')[0]).toBe('Hải Dương');
    expect(names('Hả').slice(0, 2)).toEqual(['Hải Dương', 'Hải Phòng']);
    expect(names('ha')).not.toContain('Đồng Tháp');
  });

  it('goes nowhere for a query that names several provinces, or none', () => {
    expect(provinceFor('ha', provinces)).toBeUndefined();
    expect(provinceFor('xyz', provinces)).toBeUndefined();
    expect(findProvinces('   ', provinces)).toEqual([]);
    expect(provinceFor('lai', provinces)).toBeUndefined(); // Lai Châu, Gia Lai
    // One match is enough: "dien" names only Điện Biên.
    expect(provinceFor('dien', provinces)?.name).toBe('Điện Biên');
  });
});
