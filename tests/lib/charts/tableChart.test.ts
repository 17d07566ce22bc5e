import { describe, expect, it } from 'vitest';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { fittingTicks } from '../../../src/lib/charts/layout.ts';
import { chartRows } from '../../../src/lib/charts/rows.ts';
import { tableChart } from '../../../src/lib/charts/tableChart.ts';
import { csvTable, tableOf, testContext } from '../../helpers/chartFixture.ts';

const table = tableOf([
  { code: '12', year: 2023, rate: 23.88 },
  { code: '11', year: 2023, rate: null },
  { code: '01', year: 2023, rate: 0.05 },
  { code: '12', year: 2024, rate: 19.46 },
]);
table.schema.columns = [
  { name: 'code', type: 'code', label: 'Mã tỉnh', nullable: false, references: 'provinces' },
  { name: 'year', type: 'year', label: 'Năm', nullable: false },
  { name: 'rate', type: 'percent', label: 'Tỷ lệ hộ nghèo', nullable: true },
];

describe('tableChart(table, spec, context)', () => {
  const spec = chartSpecSchema.parse({
    id: 'bang',
    type: 'table',
    dataset: 'test',
    title: 'Bảng',
    description: 'D',
    format: { unit: 'percent' },
    filter: { year: 2023 },
    columns: [{ column: 'code', label: 'Tỉnh' }, { column: 'rate' }],
    sortBy: { column: 'rate', order: 'descending' },
  }) as Extract<ChartSpec, { type: 'table' }>;

  it('shows province names for codes, Vietnamese formats, and sorts with missing values last', () => {
    const model = tableChart(table, spec, testContext);
    expect(model.table.columns).toEqual([
      { label: 'Tỉnh', numeric: false },
      { label: 'Tỷ lệ hộ nghèo', numeric: true },
    ]);
    expect(model.table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Lai Châu', '23,88%'],
      ['Hà Nội', '0,05%'],
      ['Điện Biên', '–'],
    ]);
  });
});

describe('chartRows(table, spec)', () => {
  it('keeps rows matching every filter, a list meaning any of its values', () => {
    expect(chartRows(table, { filter: { year: [2023, 2024], code: '12' } }).map((r) => r.year)).toEqual([2023, 2024]);
  });
});

describe('fittingTicks(values, position, minGap)', () => {
  it('keeps the last tick and drops those too close to the next kept one', () => {
    expect(fittingTicks([2006, 2008, 2010, 2012, 2013, 2014, 2015, 2016], (y) => (y - 2006) * 10, 25)).toEqual([
      2006, 2010, 2013, 2016,
    ]);
  });
});

describe('tableChart(table, spec, context) with printed decimals', () => {
  const review = csvTable(
    ['code,year,rate,households', '12,2022,3.0,20961', '11,2022,4.98,10053', '01,2022,5.90,1234', ''].join('\n'),
    { year: 'year', rate: 'percent', households: 'integer' },
  );
  const spec = chartSpecSchema.parse({
    id: 'bang',
    type: 'table',
    dataset: 'test',
    title: 'Bảng',
    description: 'D',
    format: { unit: 'percent' },
    columns: [{ column: 'code' }, { column: 'year' }, { column: 'rate' }, { column: 'households' }],
  }) as Extract<ChartSpec, { type: 'table' }>;

  it('shows each value of a column as printed: 3,0% beside 4,98%, never 3% beside 4,98%', () => {
    const model = tableChart(review, spec, testContext);
    expect(model.table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['12', '2022', '3,0%', '20.961'],
      ['11', '2022', '4,98%', '10.053'],
      ['01', '2022', '5,90%', '1.234'],
    ]);
    expect(model.table.rows.map((r) => r[2].decimals)).toEqual([1, 2, 2]);
  });

  it('lets the spec fix the decimals of number and percent columns, counts staying whole', () => {
    const model = tableChart(review, { ...spec, format: { unit: 'percent', digits: 1 } }, testContext);
    expect(model.table.rows.map((r) => [r[2].text, r[3].text])).toEqual([
      ['3,0%', '20.961'],
      ['5,0%', '10.053'],
      ['5,9%', '1.234'],
    ]);
  });
});
