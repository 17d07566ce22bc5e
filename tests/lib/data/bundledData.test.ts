import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSummary, loadDatasets, pickPrinted, provincesFrom, type Table } from '../../../src/lib/data/index.ts';
import { slugify } from '../../../src/lib/format/index.ts';

const root = join(import.meta.dirname, '../../..');
const tables = loadDatasets(join(root, 'data'), root);
const table = (id: string): Table => {
  const found = tables.get(id);
  if (!found) throw new Error(`no dataset ${id}`);
  return found;
};
const provinces = provincesFrom(table('provinces'));

describe('the bundled data/ files', () => {
  it('load without a single problem, every CSV with its schema', () => {
    const csvCount = readdirSync(join(root, 'data'), { recursive: true }).filter((f) => String(f).endsWith('.csv')).length;
    expect(tables.size).toBe(csvCount);
  });

  it('hold the 63 provinces, each with a unique code, slug and ISO code, in 6 regions', () => {
    expect(provinces.size).toBe(63);
    const all = [...provinces.values()];
    expect(new Set(all.map((p) => p.slug)).size).toBe(63);
    expect(new Set(all.map((p) => p.iso3166_2)).size).toBe(63);
    const perRegion = Object.fromEntries(Object.entries(Object.groupBy(all, (p) => p.region)).map(([region, list]) => [region, list!.length]));
    expect(perRegion).toEqual({
      'Đồng bằng sông Hồng': 11,
      'Trung du và miền núi phía Bắc': 14,
      'Bắc Trung Bộ và duyên hải miền Trung': 14,
      'Tây Nguyên': 5,
      'Đông Nam Bộ': 6,
      'Đồng bằng sông Cửu Long': 13,
    });
  });

  it('store every slug as slugify(name) gives it, and names in NFC', () => {
    for (const province of provinces.values()) {
      expect(province.slug).toBe(slugify(province.name));
      expect(province.name).toBe(province.name.normalize('NFC'));
    }
    expect(provinces.get('12')).toMatchObject({ name: 'Lai Châu', slug: 'lai-chau', region: 'Trung du và miền núi phía Bắc' });
    expect(provinces.get('11')?.slug).toBe('dien-bien');
  });

  it('map the 63 provinces onto the 34 of July 2025, agreeing with the merger table', () => {
    expect(new Set([...provinces.values()].map((p) => p.province2025.code)).size).toBe(34);
    for (const row of table('province-merger-2025').rows) {
      const province = provinces.get(String(row.old_gso_code));
      expect(province?.name).toBe(row.old_province);
      expect(province?.province2025).toEqual({ code: row.new_gso_code, name: row.new_province });
    }
  });

  it('join every province code of every dataset to the reference table', () => {
    for (const t of tables.values()) {
      for (const column of t.schema.columns.filter((c) => c.references === 'provinces')) {
        for (const row of t.rows) {
          const code = row[column.name];
          if (code !== null) expect(provinces.has(String(code)), `${t.file}: ${code}`).toBe(true);
        }
      }
    }
  });

  it('give each province row the reference name for its code', () => {
    for (const id of ['poverty-rate-by-province', 'multidimensional-poverty-rate-by-province-2023']) {
      for (const row of table(id).rows) {
        if (row.province_code !== null) expect(row.province).toBe(provinces.get(String(row.province_code))?.name);
      }
    }
  });

  it('keep the decimals each value was printed with: Hà Nội 2006 3.0, Kon Tum 2021 near-poor 5.90', () => {
    expect(pickPrinted(table('poverty-rate-by-province'), { province_code: '01', year: 2006 }, 'value')).toEqual({ value: 3, decimals: 1 });
    expect(pickPrinted(table('households-2022-2025-standard'), { province_code: '62', year: 2021 }, 'near_poor_rate_pct')).toEqual({
      value: 5.9,
      decimals: 2,
    });
    expect(pickPrinted(table('lai-chau-2024-facts'), { indicator: 'communes_with_motorbike_or_car_road_pct' }, 'value')).toEqual({
      value: 99,
      decimals: 0,
    });
  });

  it('keep source values exactly: Lai Châu 2006 poverty rate 58.2 %, country 15.5 %', () => {
    const rows = table('poverty-rate-by-province').rows;
    expect(rows.find((r) => r.province_code === '12' && r.year === 2006)?.value).toBe(58.2);
    expect(rows.find((r) => r.province === 'Cả nước' && r.year === 2006)?.value).toBe(15.5);
    // Hồ Chí Minh has no 2016 value in the source: missing, not 0.
    expect(rows.find((r) => r.province_code === '79' && r.year === 2016)?.value).toBeNull();
  });

  it('summarise the poverty series years', () => {
    expect(datasetSummary(table('poverty-rate-by-province')).years).toEqual([2006, 2008, 2010, 2012, 2013, 2014, 2015, 2016]);
  });

  it('list a source with title, publisher and date for every dataset, and name every source_id used', () => {
    for (const t of tables.values()) {
      expect(t.schema.sources.length, t.id).toBeGreaterThan(0);
      const ids = new Set(t.schema.sources.map((s) => s.id));
      for (const row of t.rows) {
        for (const name of ['source_id', 'corroborating_source_id']) {
          const value = row[name];
          if (typeof value === 'string') {
            for (const id of value.split(/[;|]/)) expect(ids.has(id), `${t.file}: source ${id}`).toBe(true);
          }
        }
      }
    }
  });
});
