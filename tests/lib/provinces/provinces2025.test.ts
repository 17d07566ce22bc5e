import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets, PROVINCES_ID, provincesFrom } from '../../../src/lib/data/index.ts';
import { provinces2025, unitOf } from '../../../src/lib/provinces/provinces2025.ts';
import { province2025Path, provincePath } from '../../../src/lib/urls.ts';

const root = join(import.meta.dirname, '../../..');
const tables = loadDatasets(join(root, 'data'), root);
const provinces = provincesFrom(tables.get(PROVINCES_ID)!);
const units = provinces2025(provinces, tables.get('province-merger-2025')!);

describe('provinces2025(provinces, mergerTable)', () => {
  it('makes the 34 units of 1 July 2025 from the 63, each old province in exactly one', () => {
    expect(units).toHaveLength(34);
    expect(units.flatMap((u) => u.predecessors.map((p) => p.code)).sort()).toEqual([...provinces.keys()].sort());
    expect(units.filter((u) => u.merged)).toHaveLength(23);
  });

  it('joins Hà Giang and Tuyên Quang into the new Tuyên Quang, and leaves Lai Châu alone', () => {
    const tuyenQuang = units.find((u) => u.name === 'Tuyên Quang')!;
    expect(tuyenQuang.predecessors.map((p) => p.name)).toEqual(['Hà Giang', 'Tuyên Quang']);
    expect(unitOf(units, '02')).toBe(tuyenQuang);
    const laiChau = units.find((u) => u.name === 'Lai Châu')!;
    expect(laiChau.merged).toBe(false);
    expect(laiChau.predecessors.map((p) => p.code)).toEqual(['12']);
  });

  it('gives the seat as the merger table has it, null where it is blank (Vĩnh Long)', () => {
    expect(units.find((u) => u.name === 'An Giang')!.seat).toBe('Kiên Giang');
    expect(units.find((u) => u.name === 'Vĩnh Long')!.seat).toBeNull();
  });

  it('gives every unit an address no page of the 63 has', () => {
    const old = new Set([...provinces.values()].map((p) => provincePath(p.slug)));
    for (const unit of units) expect(old.has(province2025Path(unit.slug)), unit.name).toBe(false);
    expect(new Set(units.map((u) => u.slug)).size).toBe(34);
  });
});
