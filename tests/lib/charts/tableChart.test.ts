import { describe, expect, it } from 'vitest';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { fittingTicks } from '../../../src/lib/charts/layout.ts';
import { chartRows } from '../../../src/lib/charts/rows.ts';
import { tableChart } from '../../../src/lib/charts/tableChart.ts';
import { tableSvg } from '../../../src/lib/embed/tableSvg.ts';
import { chartCsv } from '../../../src/lib/embed/chartCsv.ts';
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

describe('tableChart(table, spec, context) over several years', () => {
  const review = tableOf([
    { code: '12', year: 2023, poor: 25426, rate: 23.88, reliability: 'press_paraphrase' },
    { code: '11', year: 2023, poor: null, rate: 25.6, reliability: 'press_paraphrase|inconsistent(rate)' },
    { code: '01', year: 2024, poor: 59496, rate: 0.5, reliability: 'secondary|estimate(poor)' },
    { code: '12', year: 2024, poor: 20961, rate: 19.46, reliability: 'secondary' },
  ]);
  review.schema.columns = [
    { name: 'code', type: 'code', label: 'Mã tỉnh', nullable: false, references: 'provinces' },
    { name: 'year', type: 'year', label: 'Năm', nullable: false },
    { name: 'poor', type: 'integer', label: 'Số hộ nghèo', nullable: true },
    { name: 'rate', type: 'percent', label: 'Tỷ lệ hộ nghèo', nullable: true },
    { name: 'reliability', type: 'reliability', label: 'Độ tin cậy', nullable: false },
  ];
  const specOf = (fields: Record<string, unknown>) =>
    chartSpecSchema.parse({
      id: 'bang',
      type: 'table',
      dataset: 'test',
      title: 'Bảng',
      description: 'D',
      format: { unit: 'percent' },
      columns: [{ column: 'code', label: 'Tỉnh' }, { column: 'poor' }, { column: 'rate' }],
      ...fields,
    }) as Extract<ChartSpec, { type: 'table' }>;
  const texts = (rows: { text: string; marks?: string[] }[][]) =>
    rows.map((r) => r.map((c) => c.text + (c.marks?.join('') ?? '')));

  it('refuses to rank rows of different years as one list, with or without sortBy', () => {
    expect(() => tableChart(review, specOf({ sortBy: { column: 'rate', order: 'descending' } }), testContext)).toThrow(
      'các dòng trải từ năm 2023 đến 2024: xếp chung một bảng là so thứ hạng của những năm khác nhau; thêm groupBy: year để xếp hạng trong từng năm, hoặc giữ một năm bằng filter: { year: 2024 }',
    );
    expect(() => tableChart(review, specOf({}), testContext)).toThrow(/so thứ hạng của những năm khác nhau/);
    expect(() =>
      tableChart(review, specOf({ filter: { year: 2024 }, sortBy: { column: 'rate', order: 'descending' } }), testContext),
    ).not.toThrow();
  });

  it('groups by year, ascending, and sorts within each year', () => {
    const { table } = tableChart(
      review,
      specOf({ groupBy: 'year', sortBy: { column: 'rate', order: 'descending' } }),
      testContext,
    );
    expect(table.groups).toEqual({
      label: 'Năm',
      shown: false,
      items: [
        { value: '2023', rows: 2 },
        { value: '2024', rows: 2 },
      ],
    });
    expect(table.rows.map((r) => r[0].text)).toEqual(['Điện Biên', 'Lai Châu', 'Lai Châu', 'Hà Nội']);
  });

  it('marks the values the reliability column flags, the row name for the whole row, and explains each marker once', () => {
    const { table } = tableChart(review, specOf({ groupBy: 'year' }), testContext);
    expect(texts(table.rows)).toEqual([
      ['Lai Châu', '25.426', '23,88%'],
      ['Điện Biên', '–', '25,60%*'],
      ['Hà Nội†', '59.496≈', '0,50%'],
      ['Lai Châu†', '20.961', '19,46%'],
    ]);
    expect(table.footnotes?.map((f) => f.mark)).toEqual(['†', '≈', '*']);
    expect(table.footnotes?.[1].text).toBe('Số gần đúng: nguồn ghi “khoảng”.');
    expect(table.reliability).toEqual([
      'theo báo chí dẫn lại',
      'theo báo chí dẫn lại; nguồn tự mâu thuẫn (Tỷ lệ hộ nghèo)',
      'nguồn thứ cấp; số gần đúng (Số hộ nghèo)',
      'nguồn thứ cấp',
    ]);
  });

  it('takes every marker from the column: the same rows without it carry none', () => {
    const plain = { ...review, rows: review.rows.map((row) => ({ ...row, reliability: 'press_paraphrase' })) };
    const { table } = tableChart(plain, specOf({ groupBy: 'year' }), testContext);
    expect(table.rows.flat().some((cell) => cell.marks)).toBe(false);
    expect(table.footnotes).toBeUndefined();
  });

  it('exports the markers, their meaning and the group headings in the SVG, and reliability and year as CSV columns', () => {
    const { table } = tableChart(
      review,
      specOf({ groupBy: 'year', sortBy: { column: 'rate', order: 'descending' } }),
      testContext,
    );
    const svg = tableSvg(table, 640).html;
    expect(svg).toContain('>Năm 2023</text>');
    expect(svg).toContain('>59.496≈</text>');
    expect(svg).toContain('>≈ Số gần đúng: nguồn ghi “khoảng”.</text>');
    expect(chartCsv(table).split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFNăm,Tỉnh,Số hộ nghèo,Tỷ lệ hộ nghèo,Độ tin cậy',
      '2023,Điện Biên,,25.6,theo báo chí dẫn lại; nguồn tự mâu thuẫn (Tỷ lệ hộ nghèo)',
      '2023,Lai Châu,25426,23.88,theo báo chí dẫn lại',
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

  it('shows every value of a column with the decimals of its most precise one: 3,00% beside 4,98%; the CSV keeps each as printed', () => {
    const model = tableChart(review, spec, testContext);
    expect(model.table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['12', '2022', '3,00%', '20.961'],
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
