import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets, type Row, type Table } from '../../../src/lib/data/index.ts';
import { cellReliability, rowReliability } from '../../../src/lib/data/reliability.ts';

const root = join(import.meta.dirname, '../../..');
const tables = loadDatasets(join(root, 'data'), root);
const review = tables.get('review-by-province-2022-2025-standard') as Table;
const old = tables.get('households-2022-2025-standard') as Table;
const valueColumns = ['total_households', 'poor_households', 'poverty_rate_pct', 'near_poor_households', 'near_poor_rate_pct'];
const key = (row: Row) => `${row.province_code}-${row.year}`;
const find = (table: Table, code: string, year: number) => table.rows.find((r) => r.province_code === code && r.year === year);

describe('the 2021–2025 province review (data/poverty/review-by-province-2022-2025-standard)', () => {
  it('loads 44 rows of 29 provinces, years 2021–2025, as the research file has them', () => {
    expect(review.rows).toHaveLength(44);
    expect(new Set(review.rows.map((r) => r.province_code)).size).toBe(29);
    const perYear = Object.fromEntries(Object.entries(Object.groupBy(review.rows, (r) => String(r.year))).map(([y, rows]) => [y, rows!.length]));
    expect(perYear).toEqual({ 2021: 7, 2022: 14, 2023: 15, 2024: 6, 2025: 2 });
    expect(find(review, '02', 2023)).toMatchObject({ poor_households: 59496, poverty_rate_pct: 31.12, near_poor_rate_pct: 11.49 });
  });

  it('traces every value to source ids that the schema lists, each source used and saying how it was read', () => {
    const listed = new Map(review.schema.sources.map((s) => [s.id, s]));
    const used = new Set<string>();
    for (const row of review.rows) {
      expect(valueColumns.some((c) => row[c] !== null), key(row)).toBe(true);
      const ids = String(row.source_id).split('|');
      for (const id of ids) {
        expect(listed.has(id), `${key(row)}: ${id}`).toBe(true);
        used.add(id);
      }
    }
    expect([...listed.keys()].filter((id) => !used.has(id!))).toEqual([]);
    for (const source of review.schema.sources) expect(source.reading, source.id).toBeDefined();
  });

  it('says for every row how it was read, 14 from government portals, 22 from newspapers, 8 from secondary outlets', () => {
    const readings = review.rows.map((row) => rowReliability(row, review.schema).find((e) => e.columns === null)?.value);
    const counts = Object.fromEntries(Object.entries(Object.groupBy(readings, (r) => String(r))).map(([r, list]) => [r, list!.length]));
    // The research notes count 23 and 7: thuviensuckhoe.org, a site reposting Báo Dân sinh, is read here as secondary.
    expect(counts).toEqual({ portal_paraphrase: 14, press_paraphrase: 22, secondary: 8 });
  });

  it('flags the values its notes call doubtful, on the values concerned', () => {
    const of = (code: string, year: number, column: string) => cellReliability(rowReliability(find(review, code, year)!, review.schema), column);
    expect(of('02', 2023, 'poor_households')).toEqual({ reading: 'secondary', flags: ['estimate'] });
    expect(of('02', 2023, 'poverty_rate_pct')).toEqual({ reading: 'press_paraphrase', flags: [] });
    expect(of('11', 2023, 'poverty_rate_pct').flags).toEqual(['inconsistent']);
    expect(of('11', 2023, 'near_poor_rate_pct').flags).toEqual(['inconsistent']);
    expect(of('62', 2021, 'near_poor_rate_pct').flags).toEqual(['suspected_misprint']);
    expect(of('62', 2021, 'poverty_rate_pct').flags).toEqual([]);
    expect(of('96', 2022, 'poor_households')).toEqual({ reading: 'secondary', flags: [] });
    expect(of('96', 2023, 'poor_households').flags).toEqual(['conflicting']);
  });
});

describe('households-2022-2025-standard, reconciled with the review and superseded by it', () => {
  it('files Quảng Ninh under 2023 with 0 poor and the conflicting near-poor count left empty, saying why', () => {
    const quangNinh = review.rows.filter((r) => r.province_code === '22');
    expect(quangNinh).toHaveLength(1);
    expect(quangNinh[0]).toMatchObject({ year: 2023, poor_households: 0, near_poor_households: null, near_poor_rate_pct: null });
    expect(quangNinh[0].note).toContain('Reconciled by Thước Đo: the year is 2023');
    expect(cellReliability(rowReliability(quangNinh[0], review.schema), 'near_poor_households').flags).toEqual(['conflicting']);
  });

  it('keeps the old 2024 row as it was, flagged as conflicting, and says the file is superseded', () => {
    const row = find(old, '22', 2024)!;
    expect(row).toMatchObject({ poor_households: 0, near_poor_households: 925, near_poor_rate_pct: 0.24 });
    expect(cellReliability(rowReliability(row, old.schema), 'near_poor_households')).toEqual({ reading: 'secondary', flags: ['conflicting'] });
    expect(old.schema.title).toContain('đã được thay thế');
    expect(old.schema.caveats[0]).toContain('review-by-province-2022-2025-standard');
  });

  it('holds every other old row in the review with the same values', () => {
    for (const row of old.rows.filter((r) => r.province_code !== '22')) {
      const match = find(review, String(row.province_code), Number(row.year));
      expect(match, key(row)).toBeDefined();
      for (const column of valueColumns) {
        // Hà Giang 2023's near-poor rate was printed by a source the review added.
        if (key(row) === '02-2023' && column === 'near_poor_rate_pct') continue;
        expect(match![column], `${key(row)} ${column}`).toBe(row[column]);
      }
    }
  });
});
