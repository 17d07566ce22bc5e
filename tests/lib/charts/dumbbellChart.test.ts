import { describe, expect, it } from 'vitest';
import { chartSpecSchema, readChartSpec, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { dumbbellChart, dumbbellData } from '../../../src/lib/charts/dumbbellChart.ts';
import { tableOf, testContext } from '../../helpers/chartFixture.ts';

const hostile = 'Tỉnh <b>"A"</b> & B';
const columns = [
  { name: 'code', type: 'code' as const, label: 'Tỉnh', nullable: false, references: 'provinces' as const },
  { name: 'year', type: 'year' as const, label: 'Năm', nullable: false },
  { name: 'value', type: 'percent' as const, label: 'Tỷ lệ', nullable: true },
];
const table = tableOf(
  [
    { code: '12', year: 2010, value: 50.2 },
    { code: '12', year: 2016, value: 27.9 },
    { code: '11', year: 2010, value: 35.6 },
    { code: '11', year: 2016, value: null },
    { code: '01', year: 2010, value: 5.3 },
    { code: '01', year: 2016, value: 1.5 },
  ],
  {
    columns,
    breaks: [{ kind: 'boundary', before: 2012, label: 'Đổi địa giới', note: 'Hà Nội đổi địa giới năm 2012.', provinces: ['01'] }],
  },
);
const spec = (fields: object = {}) =>
  chartSpecSchema.parse({
    id: 'thu',
    type: 'dumbbell',
    dataset: 'test',
    title: 'Thử',
    description: 'Mô tả',
    category: 'code',
    value: 'value',
    compare: { column: 'year', from: 2010, to: 2016 },
    format: { unit: 'percent' },
    ...fields,
  }) as Extract<ChartSpec, { type: 'dumbbell' }>;

describe('dumbbellData(table, spec, context)', () => {
  it('gives each province its two ends, labelled by name, sorted by the second end with a missing one last', () => {
    const data = dumbbellData(table, spec({ sort: 'descending', highlight: ['12'] }), testContext);
    expect(data.rows.map((r) => [r.label, r.from.value, r.to.value, r.highlighted])).toEqual([
      ['Lai Châu', 50.2, 27.9, true],
      ['Hà Nội', 5.3, 1.5, false],
      ['Điện Biên', 35.6, null, false],
    ]);
    expect([data.fromLabel, data.toLabel]).toEqual(['2010', '2016']);
  });

  it('marks a row that a boundary break splits between the ends, and only that one', () => {
    const data = dumbbellData(table, spec(), testContext);
    expect(data.rows.map((r) => r.breakMark)).toEqual([undefined, undefined, '(1)']);
    expect(data.breaks.map((b) => b.note)).toEqual(['(1) Đổi địa giới: Hà Nội đổi địa giới năm 2012.']);
  });
});

describe('dumbbellChart(table, spec, context)', () => {
  const model = dumbbellChart(table, spec({ compare: { column: 'year', from: 2010, to: 2016, toLabel: hostile } }), testContext);
  const wide = 'wide' in model.svg! ? model.svg.wide.html : '';

  it('draws one .point per value, the single dot of a row saying which end has no data', () => {
    const points = [...wide.matchAll(/class="point" data-label="([^"]*)" data-value="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    expect(points).toHaveLength(5);
    expect(points).toContainEqual(['Điện Biên, 2010', `35,6% (Tỉnh &lt;b&gt;&quot;A&quot;&lt;/b&gt; &amp; B: không có số liệu)`]);
    expect(wide).toContain('không có số liệu</text>');
  });

  it('escapes a hostile end label in the legend and the tooltips', () => {
    expect(wide).not.toContain('<b>');
    expect(wide).toContain('Tỉnh &lt;b&gt;&quot;A&quot;&lt;/b&gt; &amp; B');
  });

  it('joins the dots of a row by a line except across a break (two lines for three rows, one without both ends)', () => {
    const connectors = /<g class="connector"[^>]*>(.*?)<\/g>/.exec(wide)![1];
    expect(connectors.match(/<line/g)).toHaveLength(1);
  });

  it('tabulates both ends, a dash where one is missing and the break mark on the second end', () => {
    expect(model.table.rows.map((r) => r.map((c) => c.text + (c.breakMark ?? '')))).toEqual([
      ['Lai Châu', '50,2%', '27,9%'],
      ['Điện Biên', '35,6%', '–'],
      ['Hà Nội', '5,3%', '1,5%(1)'],
    ]);
    expect(model.table.columns.map((c) => c.label)).toEqual(['Tỉnh, thành phố', '2010', hostile]);
  });
});

describe('readChartSpec refuses a dumbbell across a break of every row', () => {
  it('names the break and says to choose two years on one side of it', () => {
    const standard = tableOf(table.rows, {
      id: 'test',
      columns,
      breaks: [{ kind: 'standard', before: 2012, label: 'Đổi chuẩn', note: 'Chuẩn mới.', provinces: 'all' }],
    });
    const yaml = [
      'id: thu',
      'type: dumbbell',
      'dataset: test',
      'title: Thử',
      'description: Mô tả',
      'category: code',
      'value: value',
      'compare: { column: year, from: 2010, to: 2016 }',
      'format: { unit: percent }',
    ].join('\n');
    const result = readChartSpec(yaml, 'thu.yaml', 'thu', new Map([['test', standard]]), testContext);
    expect('issues' in result && result.issues.map((i) => [i.field, i.message, i.hint])).toEqual([
      [
        'compare.to',
        'giữa 2010 và 2016 có điểm gãy “Đổi chuẩn” của mọi dòng: hai đầu đo bằng hai thước khác nhau, không so sánh được',
        'chọn hai năm cùng một phía của điểm gãy (cùng trước năm 2012, hoặc cùng từ năm 2012 trở đi); xem mục “Điểm gãy” trong docs/bieu-do.md',
      ],
    ]);
  });

  it('says which end picks no row', () => {
    const yaml = `id: thu\ntype: dumbbell\ndataset: test\ntitle: T\ndescription: D\ncategory: code\nvalue: value\ncompare: { column: year, from: 2010, to: 2020 }\nformat: { unit: percent }\n`;
    const result = readChartSpec(yaml, 'thu.yaml', 'thu', new Map([['test', table]]), testContext);
    expect('issues' in result && result.issues.map((i) => [i.field, i.message])).toEqual([
      ['compare.to', 'không dòng nào có year = "2020" sau khi lọc'],
    ]);
  });
});
