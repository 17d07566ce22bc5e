import type { Row, Table } from './table.ts';

/** One of the 63 provinces of before July 2025, as the reference table `data/geo/provinces.csv` holds it. */
export interface Province {
  code: string;
  name: string;
  slug: string;
  fullName: string;
  region: string;
  iso3166_2: string;
  /** The province it belongs to since 1 July 2025 (Nghị quyết 202/2025/QH15). */
  province2025: { code: string; name: string };
  mergedIn2025: boolean;
}

const text = (row: Row, name: string): string => {
  const value = row[name];
  if (typeof value !== 'string') throw new TypeError(`provinces: column "${name}" must hold text, found ${JSON.stringify(value)}`);
  return value;
};

/**
 * The provinces of the reference table, keyed by code: every dataset joins to them by code,
 * never by name.
 */
export function provincesFrom(table: Pick<Table, 'rows'>): Map<string, Province> {
  return new Map(
    table.rows.map((row) => {
      const province: Province = {
        code: text(row, 'code'),
        name: text(row, 'name'),
        slug: text(row, 'slug'),
        fullName: text(row, 'full_name'),
        region: text(row, 'region'),
        iso3166_2: text(row, 'iso_3166_2'),
        province2025: { code: text(row, 'province_2025_code'), name: text(row, 'province_2025_name') },
        mergedIn2025: text(row, 'merger_status_2025') === 'merged',
      };
      return [province.code, province];
    }),
  );
}
