import type { ChartContext } from '../../src/lib/charts/index.ts';
import { parseCsv, validateTable, type ColumnType, type DatasetSchema } from '../../src/lib/data/index.ts';
import type { Province } from '../../src/lib/data/provinces.ts';
import type { Row, Table } from '../../src/lib/data/table.ts';

/**
 * A table from rows, with a schema naming each column (types guessed from the first row: tests
 * only). The printed decimals are unknown, so numbers show at their shortest; a test about
 * printed decimals reads its table from CSV text (`csvTable`).
 */
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
    breaks: [],
    decimal: '.',
    primaryKey: [columns[0]?.name ?? 'x'],
    columns,
    ...overrides,
  };
  return {
    id: schema.id,
    file: 'data/test.csv',
    schema,
    rows,
    lines: rows.map((_, i) => i + 2),
    decimals: rows.map(() => ({})),
  };
}

/**
 * A table read from CSV text as the site reads `data/` (parse, then validate), so its printed
 * decimals are known: `3.0` keeps its one decimal. `types` gives each column's type (string by
 * default); numbers are written with the schema's decimal mark (`.` unless overridden).
 *
 * @example csvTable('province,value\nHà Nội,3.0\n', { value: 'percent' })
 */
export function csvTable(text: string, types: Record<string, ColumnType>, overrides: Partial<DatasetSchema> = {}): Table {
  const parsed = parseCsv(text, 'data/test.csv', { delimiter: overrides.delimiter });
  if ('issues' in parsed) throw new Error(JSON.stringify(parsed.issues));
  const columns = parsed.csv.header.map((name) => ({
    name,
    type: types[name] ?? ('string' as const),
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
    breaks: [],
    decimal: '.',
    primaryKey: parsed.csv.header,
    columns,
    ...overrides,
  };
  const result = validateTable(parsed.csv, schema, 'data/test.csv');
  if ('issues' in result) throw new Error(JSON.stringify(result.issues));
  return result.table;
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

/**
 * Two datasets by province for a scatter that joins them: `values` (the chart's, y) and `other`
 * (x, a second dataset), five provinces; Lào Cai has no x value, Hà Giang no row in `other`. The
 * context knows the five provinces and carries `other` among its tables.
 */
export function scatterFixture(xLabel = 'Nhãn x'): { table: Table; context: ChartContext } {
  const columns = [
    { name: 'code', type: 'code' as const, label: 'Mã tỉnh', nullable: false, references: 'provinces' as const },
    { name: 'year', type: 'year' as const, label: 'Năm', nullable: false },
    { name: 'value', type: 'percent' as const, label: xLabel, nullable: true },
  ];
  const rows = (values: [string, number | null][], year = 2006) => values.map(([code, value]) => ({ code, year, value }));
  const table = tableOf(
    rows([
      ['12', 58.2],
      ['11', 42.9],
      ['01', 3],
      ['10', 35.6],
      ['02', 41.5],
    ]),
    { columns },
  );
  const other = tableOf(
    rows([
      ['12', 50.8],
      ['11', 63],
      ['01', 99.6],
      ['10', null],
    ]),
    { id: 'other', columns },
  );
  return {
    table,
    context: {
      provinces: new Map([
        ...testContext.provinces,
        province('10', 'Lào Cai', 'lao-cai'),
        province('02', 'Hà Giang', 'ha-giang'),
      ]),
      tables: new Map([['other', other]]),
    },
  };
}
