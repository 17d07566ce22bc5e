import { describe, expect, it } from 'vitest';
import { provincesFrom } from '../../../src/lib/data/index.ts';
import { merger2025, mergerSentence } from '../../../src/lib/provinces/merger2025.ts';
import { province2025Path, provincePath } from '../../../src/lib/urls.ts';
import { tableOf } from '../../helpers/chartFixture.ts';

const province = (code: string, name: string, slug: string, to: [string, string], status: string) => ({
  code,
  name,
  slug,
  full_name: name,
  region: 'Vùng',
  iso_3166_2: `VN-${code}`,
  province_2025_code: to[0],
  province_2025_name: to[1],
  merger_status_2025: status,
});
const provinces = provincesFrom(
  tableOf([
    province('02', 'Hà Giang', 'ha-giang', ['08', 'Tuyên Quang'], 'merged'),
    province('08', 'Tuyên Quang', 'tuyen-quang', ['08', 'Tuyên Quang'], 'merged'),
    province('74', 'Bình Dương', 'binh-duong', ['79', 'Hồ Chí Minh'], 'merged'),
    province('77', 'Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau', ['79', 'Hồ Chí Minh'], 'merged'),
    province('79', 'Hồ Chí Minh', 'ho-chi-minh', ['79', 'Hồ Chí Minh'], 'merged'),
    province('12', 'Lai Châu', 'lai-chau', ['12', 'Lai Châu'], 'unchanged'),
    province('46', 'Thừa Thiên Huế', 'thua-thien-hue', ['46', 'Huế'], 'unchanged'),
  ]),
);
const city = 'Thành phố trực thuộc Trung ương';
const mergers = tableOf(
  [
    ['02', 'Tỉnh'],
    ['08', 'Tỉnh'],
    ['74', city],
    ['77', city],
    ['79', city],
    ['12', 'Tỉnh'],
    ['46', city],
  ].map(([old_gso_code, new_province_type_2025]) => ({ old_gso_code, new_province_type_2025 })),
);
const paths = { old: provincePath, unit: province2025Path };
const text = (code: string) =>
  mergerSentence(merger2025(provinces, mergers, code), paths)
    .map((p) => p.text)
    .join('');

describe('merger2025(provinces, mergerTable, code)', () => {
  it('names the new unit, its kind, and the other old provinces merged into it, in Vietnamese order', () => {
    const merger = merger2025(provinces, mergers, '79');
    expect(merger).toMatchObject({ name: 'Hồ Chí Minh', unitType: 'thành phố', merged: true, renamed: false });
    expect(merger.partners.map((p) => p.name)).toEqual(['Bà Rịa - Vũng Tàu', 'Bình Dương']);
  });

  it('marks an unchanged province renamed when the new name differs', () => {
    expect(merger2025(provinces, mergers, '46')).toMatchObject({ name: 'Huế', merged: false, renamed: true, partners: [] });
  });

  it('throws on a province missing from the merger table or with an unknown unit type', () => {
    expect(() => merger2025(provinces, tableOf([{ old_gso_code: '01', new_province_type_2025: 'Tỉnh' }]), '12')).toThrow(
      /no row for province 12/,
    );
    expect(() => merger2025(provinces, tableOf([{ old_gso_code: '12', new_province_type_2025: 'Huyện' }]), '12')).toThrow(
      /unknown unit type/,
    );
  });
});

describe('mergerSentence(merger, paths)', () => {
  it('writes the sentence for merged, unchanged and renamed provinces', () => {
    expect(text('02')).toBe('Từ 01/07/2025 thuộc tỉnh Tuyên Quang mới, cùng với Tuyên Quang.');
    expect(text('79')).toBe('Từ 01/07/2025 thuộc thành phố Hồ Chí Minh mới, cùng với Bà Rịa - Vũng Tàu và Bình Dương.');
    expect(text('12')).toBe('Từ 01/07/2025 giữ nguyên, không sáp nhập: xem tỉnh Lai Châu từ 01/07/2025.');
    expect(text('46')).toBe('Từ 01/07/2025 giữ nguyên địa giới, không sáp nhập, nay là thành phố Huế.');
  });

  it('links the unit to its new page, never to the old page that shares its name, and the other old provinces to theirs', () => {
    const hg = mergerSentence(merger2025(provinces, mergers, '02'), paths).filter((p) => p.href);
    expect(hg).toEqual([
      { text: 'tỉnh Tuyên Quang mới', href: '/tinh/2025/tuyen-quang/' },
      { text: 'Tuyên Quang', href: '/tinh/tuyen-quang/' },
    ]);
    const links = mergerSentence(merger2025(provinces, mergers, '79'), paths).filter((p) => p.href);
    expect(links).toEqual([
      { text: 'thành phố Hồ Chí Minh mới', href: '/tinh/2025/ho-chi-minh/' },
      { text: 'Bà Rịa - Vũng Tàu', href: '/tinh/ba-ria-vung-tau/' },
      { text: 'Bình Dương', href: '/tinh/binh-duong/' },
    ]);
  });

  it('links an unchanged or renamed province to its unit’s new page', () => {
    expect(mergerSentence(merger2025(provinces, mergers, '12'), paths).find((p) => p.href)?.href).toBe('/tinh/2025/lai-chau/');
    expect(mergerSentence(merger2025(provinces, mergers, '46'), paths).find((p) => p.href)).toEqual({
      text: 'thành phố Huế',
      href: '/tinh/2025/hue/',
    });
  });
});
