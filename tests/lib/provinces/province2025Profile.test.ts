import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets, PROVINCES_ID, provincesFrom } from '../../../src/lib/data/index.ts';
import { oldProvincePlace, unitPlace } from '../../../src/lib/provinces/placeData.ts';
import { province2025Profile } from '../../../src/lib/provinces/province2025Profile.ts';
import { provinces2025 } from '../../../src/lib/provinces/provinces2025.ts';

const root = join(import.meta.dirname, '../../..');
const tables = loadDatasets(join(root, 'data'), root);
const provinces = provincesFrom(tables.get(PROVINCES_ID)!);
const units = provinces2025(provinces, tables.get('province-merger-2025')!);
const unit = (name: string) => units.find((u) => u.name === name)!;
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const url = (path: string) => new URL(path, 'https://thuocdo.vn').href;

describe('province2025Profile(tables, unit, provinces)', () => {
  const tuyenQuang = province2025Profile(tables, unit('Tuyên Quang'), provinces);
  const laiChau = province2025Profile(tables, unit('Lai Châu'), provinces);

  it('says at a glance that it is a unit since 01/07/2025, and which old provinces it joins, each linked', () => {
    expect(tuyenQuang.era).toBe('Tỉnh, từ 01/07/2025');
    expect(text(tuyenQuang.composition)).toBe('gồm Hà Giang và Tuyên Quang trước đây');
    expect(tuyenQuang.composition.filter((p) => p.href).map((p) => p.href)).toEqual(['/tinh/ha-giang/', '/tinh/tuyen-quang/']);
    expect(text(laiChau.composition)).toBe('giữ nguyên địa giới của Lai Châu trước đây');
    expect(province2025Profile(tables, unit('Hồ Chí Minh'), provinces).era).toBe('Thành phố, từ 01/07/2025');
  });

  it('names the seat from the merger table, or says it was not found', () => {
    expect(text(tuyenQuang.seat)).toBe(
      'Trung tâm chính trị – hành chính đặt tại tỉnh Tuyên Quang trước đây, theo bảng sắp xếp tỉnh của Thước Đo.',
    );
    expect(text(province2025Profile(tables, unit('Vĩnh Long'), provinces).seat)).toMatch(/^Thước Đo chưa tìm được nguồn/);
  });

  it('draws one line per old province, never a line for the new unit', () => {
    expect(tuyenQuang.trend?.spec.highlight.map((h) => h.label)).toEqual(['Hà Giang', 'Tuyên Quang']);
    expect(tuyenQuang.trend?.spec.id).toBe('tinh-2025-tuyen-quang-ty-le-ho-ngheo');
    const phuTho = province2025Profile(tables, unit('Phú Thọ'), provinces);
    expect(phuTho.trend?.spec.highlight).toHaveLength(3);
    // Vĩnh Phúc and Hòa Bình keep the boundary break of 2008 on this chart too.
    expect(phuTho.trend?.spec.description).toMatch(/bị ngắt trước năm 2008/);
  });

  it('computes no rate while no year has every old province’s counts, and says why', () => {
    expect(tuyenQuang.rates).toEqual([]);
    expect(tuyenQuang.noRate).toMatch(/chưa có năm nào mà cả Hà Giang và Tuyên Quang đều công bố cả số hộ nghèo lẫn tổng số hộ/);
    expect(laiChau.noRate).toBeNull();
  });

  it('says no source ranks the 34, and lists what is known by the 63, latest first, without the merger table', () => {
    expect(tuyenQuang.ranks).toMatch(/^Chưa có nguồn nào công bố xếp hạng giữa 34 tỉnh, thành phố từ 01\/07\/2025/);
    const years = tuyenQuang.datasets.map((d) => d.lastYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(tuyenQuang.datasets.map((d) => d.id)).not.toContain('province-merger-2025');
    expect(tuyenQuang.datasets.map((d) => d.id)).toContain('poverty-rate-by-province');
  });
});

describe('Place data', () => {
  it('puts a unit in Việt Nam and lists the old provinces it contains; an unmerged unit lists none', () => {
    const place = unitPlace(unit('Tuyên Quang'), url);
    expect(place.containedInPlace).toEqual({ '@type': 'Country', name: 'Việt Nam' });
    expect(place.containsPlace?.map((p) => p.url)).toEqual([
      'https://thuocdo.vn/tinh/ha-giang/',
      'https://thuocdo.vn/tinh/tuyen-quang/',
    ]);
    expect(unitPlace(unit('Lai Châu'), url)).not.toHaveProperty('containsPlace');
  });

  it('puts an old province in the unit it belongs to now', () => {
    const place = oldProvincePlace(provinces.get('02')!, unit('Tuyên Quang'), url);
    expect(place.containedInPlace).toMatchObject({ name: 'Tỉnh Tuyên Quang', url: 'https://thuocdo.vn/tinh/2025/tuyen-quang/' });
  });
});
