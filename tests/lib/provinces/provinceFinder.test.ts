import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets, provincesFrom } from '../../../src/lib/data/index.ts';
import { compareVi } from '../../../src/lib/format/collate.ts';
import {
  finderKey,
  findPlaces,
  findProvinces,
  placeFor,
  provinceFor,
  type FinderUnit,
} from '../../../src/lib/provinces/provinceFinder.ts';
import { provinces2025 } from '../../../src/lib/provinces/provinces2025.ts';
import { province2025Path, provincePath } from '../../../src/lib/urls.ts';

const root = join(import.meta.dirname, '../../..');
const tables = loadDatasets(join(root, 'data'), root);
const provinces = [...provincesFrom(tables.get('provinces')!).values()].sort((a, b) => compareVi(a.name, b.name));
// The 34 as ProvinceFinder's list of links holds them (the script reads them back from it).
const units: FinderUnit[] = provinces2025(provincesFrom(tables.get('provinces')!), tables.get('province-merger-2025')!).map(
  (unit) => ({
    name: unit.name,
    href: province2025Path(unit.slug),
    predecessors: unit.predecessors.map((p) => ({ name: p.name, href: provincePath(p.slug) })),
  }),
);
const labels = (query: string) => findPlaces(query, units).map((s) => s.label);
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

describe('findPlaces(query, units) and placeFor(query, units)', () => {
  it('offers an old province’s page and its new home for "ha giang", with or without diacritics', () => {
    for (const query of ['ha giang', 'Hà Giang', 'Hà Giang'.normalize('NFD'), 'HA GIANG', 'Tỉnh Hà Giang']) {
      expect(findPlaces(query, units), query).toEqual([
        { label: 'Hà Giang (trước 01/07/2025)', href: '/tinh/ha-giang/' },
        { label: 'Hà Giang → Tuyên Quang, từ 01/07/2025', href: '/tinh/2025/tuyen-quang/' },
      ]);
      expect(placeFor(query, units)?.href, query).toBe('/tinh/ha-giang/');
    }
  });

  it('offers a new unit first and the old province of its name after, and Enter opens the new unit', () => {
    for (const query of ['tuyen quang', 'Tuyên Quang', 'tuyen']) {
      expect(findPlaces(query, units), query).toEqual([
        { label: 'Tuyên Quang (từ 01/07/2025)', href: '/tinh/2025/tuyen-quang/' },
        { label: 'Tuyên Quang (trước 01/07/2025)', href: '/tinh/tuyen-quang/' },
      ]);
      expect(placeFor(query, units)?.href, query).toBe('/tinh/2025/tuyen-quang/');
    }
    // Unchanged in name and land, Lai Châu still has two pages: the unit's and its series before.
    expect(labels('lai chau')).toEqual(['Lai Châu (từ 01/07/2025)', 'Lai Châu (trước 01/07/2025)']);
    expect(placeFor('lai chau', units)?.href).toBe('/tinh/2025/lai-chau/');
  });

  it('finds a renamed unit by either name, and đ typed as d', () => {
    expect(labels('hue')).toEqual(['Huế (từ 01/07/2025)', 'Thừa Thiên Huế (trước 01/07/2025)']);
    expect(placeFor('hue', units)?.href).toBe('/tinh/2025/hue/');
    expect(labels('thua thien hue')).toEqual(['Thừa Thiên Huế (trước 01/07/2025)', 'Thừa Thiên Huế → Huế, từ 01/07/2025']);
    expect(labels('dak nong')).toEqual(['Đắk Nông (trước 01/07/2025)', 'Đắk Nông → Lâm Đồng, từ 01/07/2025']);
    expect(placeFor('ba ria vung tau', units)?.href).toBe('/tinh/ba-ria-vung-tau/');
    expect(labels('tp ho chi minh')[0]).toBe('Hồ Chí Minh (từ 01/07/2025)');
  });

  it('lists names in Vietnamese order, each old province followed by its home unless that unit is listed', () => {
    expect(labels('giang')).toEqual([
      'An Giang (từ 01/07/2025)',
      'An Giang (trước 01/07/2025)',
      'Bắc Giang (trước 01/07/2025)',
      'Bắc Giang → Bắc Ninh, từ 01/07/2025',
      'Hà Giang (trước 01/07/2025)',
      'Hà Giang → Tuyên Quang, từ 01/07/2025',
      'Hậu Giang (trước 01/07/2025)',
      'Hậu Giang → Cần Thơ, từ 01/07/2025',
      'Kiên Giang (trước 01/07/2025)',
    ]);
  });

  it('goes nowhere for a query that names several places, or none', () => {
    expect(placeFor('ha', units)).toBeUndefined();
    expect(placeFor('lai', units)).toBeUndefined(); // Lai Châu, Gia Lai
    expect(placeFor('xyz', units)).toBeUndefined();
    expect(findPlaces('  ', units)).toEqual([]);
    // Điện Biên, unit and old province: one name, so the unit.
    expect(placeFor('dien', units)?.href).toBe('/tinh/2025/dien-bien/');
  });
});
