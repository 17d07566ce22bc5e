import type { ChartContext } from '../../src/lib/charts/index.ts';
import type { DatasetSchema } from '../../src/lib/data/index.ts';
import type { Province } from '../../src/lib/data/provinces.ts';
import type { Row, Table } from '../../src/lib/data/table.ts';

/** A table from rows, with a schema naming each column (types guessed from the first row: tests only). */
export function tableOf(rows: Row[], overrides: Partial<DatasetSchema> = {}): Table {
  const columns = Object.keys(rows[0] ?? {}).map((name) => ({
    name,
    type: typeof rows[0][name] === 'number' ? ('number' as const) : ('string' as const),
    label: `Nhãn ${name}`,
    nullable: true,
  }));
  const schema: DatasetSchema = {
    id: 'test',
    title: 'Thử',
    description: 'Thử',
    sources: [{ title: 'Nguồn', publisher: 'Nhà xuất bản thử', reliability: 'official', credited: true, date: '2024' }],
    licence: { name: 'Thử' },
    caveats: [],
    decimal: '.',
    primaryKey: [columns[0]?.name ?? 'x'],
    columns,
    ...overrides,
  };
  return { id: schema.id, file: 'data/test.csv', schema, rows, lines: rows.map((_, i) => i + 2) };
}

const province = (code: string, name: string, slug: string): [string, Province] => [
  code,
  {
    code,
    name,
    slug,
    fullName: `Tỉnh ${name}`,
    region: 'Trung du và miền núi phía Bắc',
    iso3166_2: `VN-${code}`,
    province2025: { code, name },
    mergedIn2025: false,
  },
];

/** Three real provinces, enough for chart tests that label by code. */
export const testContext: ChartContext = {
  provinces: new Map([
    province('11', 'Điện Biên', 'dien-bien'),
    province('12', 'Lai Châu', 'lai-chau'),
    province('01', 'Hà Nội', 'ha-noi'),
  ]),
};
