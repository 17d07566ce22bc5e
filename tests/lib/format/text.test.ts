import { describe, expect, it } from 'vitest';
import { compareVi, formatYears, slugify, sortByName } from '../../../src/lib/format/index.ts';

describe('slugify(text)', () => {
  it('folds every diacritic and đ → d', () => {
    expect(slugify('Điện Biên')).toBe('dien-bien');
    expect(slugify('Lai Châu')).toBe('lai-chau');
    expect(slugify('đường')).toBe('duong');
    expect(slugify('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(slugify('Thừa Thiên Huế')).toBe('thua-thien-hue');
    expect(slugify('Đắk Lắk')).toBe('dak-lak');
  });

  it('gives the same slug for NFC and NFD input, and for both tone placements', () => {
    expect(slugify('Hòa Bình'.normalize('NFD'))).toBe('hoa-binh');
    expect(slugify('Hoà Bình')).toBe('hoa-binh');
  });

  it('folds stacked diacritics', () => {
    expect(slugify('Nặng ỗ ữ')).toBe('nang-o-u');
  });
});

describe('compareVi and sortByName', () => {
  it('sorts Đà Nẵng before Điện Biên before Hà Nội, unlike code points', () => {
    const names = ['Hà Nội', 'Điện Biên', 'Đà Nẵng', 'Bắc Kạn', 'Bạc Liêu', 'An Giang'];
    expect([...names].sort(compareVi)).toEqual(['An Giang', 'Bạc Liêu', 'Bắc Kạn', 'Đà Nẵng', 'Điện Biên', 'Hà Nội']);
    // Code-point order puts Đ after H, and Điện before Đà.
    expect([...names].sort().slice(3)).toEqual(['Hà Nội', 'Điện Biên', 'Đà Nẵng']);
  });

  it('sortByName(items, key) sorts a copy by the key', () => {
    const items = [{ n: 'Yên Bái' }, { n: 'Ấp' }, { n: 'An' }];
    expect(sortByName(items, (i) => i.n).map((i) => i.n)).toEqual(['An', 'Ấp', 'Yên Bái']);
    expect(items[0].n).toBe('Yên Bái');
  });
});

describe('formatYears(years)', () => {
  it('collapses runs of three or more years', () => {
    expect(formatYears([2016, 2006, 2008, 2010, 2012, 2013, 2014, 2015])).toBe('2006, 2008, 2010, 2012–2016');
    expect(formatYears([2022, 2023])).toBe('2022, 2023');
    expect(formatYears([])).toBe('');
  });
});
