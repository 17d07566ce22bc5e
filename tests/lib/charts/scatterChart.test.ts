import { describe, expect, it } from 'vitest';
import { chartSpecSchema, readChartSpec, sourceLine, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { leastSquares, scatterChart, scatterData } from '../../../src/lib/charts/scatterChart.ts';
import { scatterFixture } from '../../helpers/chartFixture.ts';

const hostile = 'Tỉnh <b>"A"</b> & B';
const { table, context } = scatterFixture();
const spec = (fields: object = {}) =>
  chartSpecSchema.parse({
    id: 'thu',
    type: 'scatter',
    dataset: 'test',
    title: 'Thử',
    description: 'Mô tả',
    x: { dataset: 'other', column: 'value', filter: { year: 2006 }, label: 'Hộ dùng điện' },
    y: { column: 'value', label: 'Hộ nghèo' },
    format: { unit: 'percent' },
    ...fields,
  }) as Extract<ChartSpec, { type: 'scatter' }>;

describe('leastSquares(pairs)', () => {
  it('fits a straight line, and refuses fewer than three points or no spread in x', () => {
    expect(
      leastSquares([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toEqual({ slope: 2, intercept: 1 });
    expect(
      leastSquares([
        [0, 1],
        [1, 3],
      ]),
    ).toBeNull();
    expect(
      leastSquares([
        [1, 1],
        [1, 3],
        [1, 5],
      ]),
    ).toBeNull();
  });
});

describe('scatterData(table, spec, context)', () => {
  it('joins the two datasets by province code, sorted by name, keeping the provinces that lack a value', () => {
    const data = scatterData(table, spec(), context);
    expect(data.points.map((p) => [p.name, p.x.value, p.y.value])).toEqual([
      ['Điện Biên', 63, 42.9],
      ['Hà Giang', null, 41.5],
      ['Hà Nội', 99.6, 3],
      ['Lai Châu', 50.8, 58.2],
      ['Lào Cai', null, 35.6],
    ]);
  });

  it('counts and names the provinces left out in a note', () => {
    expect(scatterData(table, spec(), context).notes).toEqual([
      '2 tỉnh không có đủ số liệu, không vẽ: Hà Giang (thiếu hộ dùng điện) và Lào Cai (thiếu hộ dùng điện).',
    ]);
  });

  it('names the n provinces furthest from the trend line, and says which in a note', () => {
    const data = scatterData(table, spec({ label: { furthest: 1 } }), context);
    expect(data.fit).not.toBeNull();
    const named = data.points.filter((p) => p.labelled).map((p) => p.name);
    expect(named).toHaveLength(1);
    expect(data.notes[0]).toMatch(new RegExp(`^Ghi tên 1 tỉnh cách xa đường xu hướng nhất .*: ${named[0]}\\.$`));
  });

  it('names the listed and the highlighted provinces, and draws no trend line for a list', () => {
    const data = scatterData(table, spec({ label: ['11'], highlight: ['12'] }), context);
    expect(data.points.filter((p) => p.labelled).map((p) => p.name)).toEqual(['Điện Biên', 'Lai Châu']);
    expect(data.fit).toBeNull();
  });
});

describe('scatterChart(table, spec, context)', () => {
  const model = scatterChart(table, spec({ x: { dataset: 'other', column: 'value', label: hostile } }), context);
  const narrow = 'narrow' in model.svg! ? model.svg.narrow.html : '';

  it("draws one .point per province with both values, its tooltip 'Tỉnh: x; y'", () => {
    const points = [...narrow.matchAll(/class="point" data-label="([^"]*)" data-value="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    expect(points).toContainEqual(['Lai Châu', 'Tỉnh &lt;b&gt;&quot;A&quot;&lt;/b&gt; &amp; B 50,8%; Hộ nghèo 58,2%']);
    expect(points).toHaveLength(3);
  });

  it('escapes a hostile axis label as text, and writes axis titles with their unit', () => {
    expect(narrow).not.toContain('<b>');
    expect(narrow).toContain('Tỉnh &lt;b&gt;"A"&lt;/b&gt; &amp; B (%)</text>');
    expect(narrow).toContain('Hộ nghèo (%)</text>');
  });

  it('tabulates every province, a dash for a missing value', () => {
    expect(model.table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Điện Biên', '63%', '42,9%'],
      ['Hà Giang', '–', '41,5%'],
      ['Hà Nội', '99,6%', '3%'],
      ['Lai Châu', '50,8%', '58,2%'],
      ['Lào Cai', '–', '35,6%'],
    ]);
    expect(model.notes).toEqual([expect.stringMatching(/^2 tỉnh không có đủ số liệu/)]);
  });
});

describe('a scatter spec, read and credited', () => {
  const tables = new Map([['test', table], ...context.tables!]);
  const yaml = (x: string) =>
    `id: thu\ntype: scatter\ndataset: test\ntitle: T\ndescription: D\nx: ${x}\ny: { column: value, label: Y }\nformat: { unit: percent }\n`;

  it("checks the other dataset's column and names the closest one", () => {
    const result = readChartSpec(yaml('{ dataset: other, column: valeu, label: X }'), 'thu.yaml', 'thu', tables, context);
    expect('issues' in result && result.issues.map((i) => [i.field, i.message, i.hint?.slice(0, 20)])).toEqual([
      ['x.column', 'bộ dữ liệu other không có cột "valeu"', 'Có phải "value"? Tên'],
    ]);
  });

  it('refuses an axis that has several rows for one province', () => {
    const twoYears = new Map([
      ...tables,
      [
        'other',
        {
          ...context.tables!.get('other')!,
          rows: [...context.tables!.get('other')!.rows, { code: '12', year: 2008, value: 60 }],
        },
      ],
    ]);
    const result = readChartSpec(yaml('{ dataset: other, column: value, label: X }'), 'thu.yaml', 'thu', twoYears, context);
    expect('issues' in result && result.issues.map((i) => [i.field, i.message])).toEqual([
      ['x.filter', 'Lai Châu có 2 dòng cho trục x sau khi lọc; mỗi tỉnh cần đúng một dòng'],
    ]);
  });

  it('credits the sources of both datasets', () => {
    const other = { ...context.tables!.get('other')!.schema, sources: [{ ...table.schema.sources[0], publisher: 'Nguồn khác' }] };
    expect(sourceLine(table, spec(), [{ schema: other }])).toBe('Nhà xuất bản thử; Nguồn khác');
  });
});
