import { describe, expect, it } from 'vitest';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { lineChart, lineData, lineSegments } from '../../../src/lib/charts/lineChart.ts';
import { csvTable, tableOf } from '../../helpers/chartFixture.ts';

const rows = [
  ...[
    [2006, 58.2],
    [2008, 53.7],
    [2010, 50.2],
    [2012, null],
    [2013, 40.6],
  ].map(([year, value]) => ({ province: 'Lai Châu', year, value })),
  ...[
    [2006, 15.5],
    [2008, 13.4],
    [2010, 14.2],
    [2012, 11.1],
    [2013, 9.8],
  ].map(([year, value]) => ({ province: 'Cả nước', year, value })),
  { province: 'Điện Biên', year: 2006, value: 42.9 },
  { province: 'Hà Nội', year: 2006, value: 3 },
];
const table = tableOf(
  rows.map((row) => ({ ...row, code: { 'Lai Châu': '12', 'Điện Biên': '11', 'Hà Nội': '01' }[row.province] ?? null })),
  {
    columns: [
      { name: 'province', type: 'string', label: 'Nhãn province', nullable: false },
      { name: 'year', type: 'year', label: 'Năm', nullable: false },
      { name: 'value', type: 'percent', label: 'Tỷ lệ', nullable: true },
      { name: 'code', type: 'code', label: 'Mã', nullable: true, references: 'provinces' },
    ],
    breaks: [{ kind: 'standard', before: 2010, label: 'Đổi chuẩn', note: 'Chuẩn mới từ năm 2010.', provinces: 'all' }],
  },
);

const spec = chartSpecSchema.parse({
  id: 'thu',
  type: 'line',
  dataset: 'test',
  title: 'Thử',
  description: 'Mô tả',
  x: 'year',
  y: 'value',
  series: 'province',
  highlight: [{ series: 'Lai Châu' }, { series: 'Cả nước', label: 'Toàn quốc' }],
  format: { unit: 'percent' },
}) as Extract<ChartSpec, { type: 'line' }>;

describe('lineSegments(points, breaksBefore)', () => {
  it('breaks the line at a missing value, never drawing through it', () => {
    const points = [
      { x: 1, y: 1 },
      { x: 2, y: null },
      { x: 3, y: 3 },
      { x: 4, y: 4 },
    ];
    expect(lineSegments(points, [])).toEqual([
      [{ x: 1, y: 1 }],
      [
        { x: 3, y: 3 },
        { x: 4, y: 4 },
      ],
    ]);
  });

  it('breaks the line before a year from which a new standard applies', () => {
    const points = [
      { x: 2008, y: 1 },
      { x: 2010, y: 2 },
      { x: 2012, y: 3 },
    ];
    expect(lineSegments(points, [2009])).toEqual([
      [{ x: 2008, y: 1 }],
      [
        { x: 2010, y: 2 },
        { x: 2012, y: 3 },
      ],
    ]);
    expect(lineSegments(points, [2010])).toEqual([
      [{ x: 2008, y: 1 }],
      [
        { x: 2010, y: 2 },
        { x: 2012, y: 3 },
      ],
    ]);
  });
});

describe('lineData(table, spec)', () => {
  const data = lineData(table, spec);

  it("puts highlighted series first, in spec order, with their labels and their entity's colour", () => {
    expect(data.series.slice(0, 2).map((s) => [s.name, s.label, s.colour])).toEqual([
      ['Lai Châu', 'Lai Châu', 'province'],
      ['Cả nước', 'Toàn quốc', 'country'],
    ]);
  });

  it('keeps the other series as grey context, in Vietnamese order', () => {
    expect(data.series.slice(2).map((s) => [s.name, s.colour])).toEqual([
      ['Điện Biên', null],
      ['Hà Nội', null],
    ]);
  });

  it('gives every series every year, a missing year as a gap', () => {
    const dienBien = data.series.find((s) => s.name === 'Điện Biên')!;
    expect(dienBien.points.map((p) => p.y)).toEqual([42.9, null, null, null, null]);
    const laiChau = data.series[0];
    expect(laiChau.segments.map((seg) => seg.map((p) => p.x))).toEqual([[2006, 2008], [2010], [2013]]);
  });
});

describe('lineData(table, spec) and the breaks its dataset declares', () => {
  const withBoundary = {
    ...table,
    rows: [...table.rows, { province: 'Hà Nội', year: 2008, value: 6.6, code: '01' }],
    schema: {
      ...table.schema,
      breaks: [
        ...table.schema.breaks,
        { kind: 'boundary' as const, before: 2008, label: 'Mở rộng Hà Nội', note: 'Hà Nội cũ trước 2008.', provinces: ['01'] },
        { kind: 'boundary' as const, before: 2004, label: 'Chia tỉnh', note: 'Trước năm chart.', provinces: ['12'] },
      ],
    },
  };
  const data = lineData(withBoundary, spec);

  it('keeps the breaks within its years that split a drawn series, numbered by year', () => {
    expect(data.breaks.map((b) => [b.mark, b.before, b.label, b.provinces && [...b.provinces]])).toEqual([
      ['(1)', 2008, 'Mở rộng Hà Nội', ['01']],
      ['(2)', 2010, 'Đổi chuẩn', null],
    ]);
  });

  it('splits only the series of the province a boundary change touched', () => {
    const segments = (name: string) => data.series.find((s) => s.name === name)!.segments.map((seg) => seg.map((p) => p.x));
    expect(segments('Hà Nội')).toEqual([[2006], [2008]]);
    expect(segments('Cả nước')).toEqual([
      [2006, 2008],
      [2010, 2012, 2013],
    ]);
  });

  it('leaves out a break of a series the chart does not draw', () => {
    const highlightedOnly = lineData(withBoundary, { ...spec, context: false });
    expect(highlightedOnly.breaks.map((b) => b.label)).toEqual(['Đổi chuẩn']);
  });

  it('draws a rule only for a break of every series or of a highlighted one, and notes every break', () => {
    const model = lineChart(withBoundary, spec);
    if (!model.svg || !('wide' in model.svg)) throw new Error('expected two layouts');
    expect(model.svg.wide.html).toContain('>Đổi chuẩn</text>');
    expect(model.svg.wide.html).not.toContain('>Mở rộng Hà Nội</text>');
    expect(model.notes).toEqual(['(1) Mở rộng Hà Nội: Hà Nội cũ trước 2008.', '(2) Đổi chuẩn: Chuẩn mới từ năm 2010.']);
    const haNoi = model.table.rows.find((row) => row[0].text === 'Hà Nội')!;
    expect(haNoi.map((c) => c.breakMark ?? '')).toEqual(['', '', '(1)', '', '', '']);
    expect(model.table.columns.map((c) => c.breakMark ?? '')).toEqual(['', '', '', '(2)', '', '']);
  });
});

describe('lineSpecSchema', () => {
  it('refuses breaks in a chart spec, saying where they are declared now', () => {
    const result = chartSpecSchema.safeParse({ ...spec, breaks: [{ before: 2010, label: 'Đổi chuẩn' }] });
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "breaks: điểm gãy (breaks) nay khai trong dữ liệu, không khai trong tệp biểu đồ",
      ]
    `);
  });
});

describe('lineChart(table, spec)', () => {
  const model = lineChart(table, spec);

  it('labels highlighted lines at their end and marks each data point for tooltips', () => {
    if (!model.svg || !('wide' in model.svg)) throw new Error('expected two layouts');
    const svg = model.svg.wide.html;
    expect(svg).toContain('>Toàn quốc</text>');
    expect(svg).toContain('data-label="Lai Châu, 2006" data-value="58,2%"');
    expect(svg).not.toContain('data-label="Lai Châu, 2012"');
    expect(svg).toContain('>Đổi chuẩn</text>');
    expect(svg).toContain('role="img" aria-labelledby="thu-title" aria-describedby="thu-desc"');
  });

  it('tables every series by year, with a dash for missing values', () => {
    expect(model.table.columns.map((c) => c.label)).toEqual(['Nhãn province', '2006', '2008', '2010', '2012', '2013']);
    expect(model.table.rows[0].map((c) => c.text)).toEqual(['Lai Châu', '58,2%', '53,7%', '50,2%', '–', '40,6%']);
  });
});

describe('lineChart(table, spec) with printed decimals', () => {
  const printed = csvTable(
    ['province,year,value', 'Hà Nội,2006,3.0', 'Hà Nội,2008,6.6', 'Hà Tây,2006,12.4', 'Hà Tây,2008,10.0', ''].join('\n'),
    { year: 'year', value: 'percent' },
  );
  const haNoi = { ...spec, highlight: [{ series: 'Hà Nội' }, { series: 'Hà Tây' }] };

  it('writes tooltips and the data table with the decimals the source printed', () => {
    const model = lineChart(printed, haNoi);
    if (!model.svg || !('wide' in model.svg)) throw new Error('expected two layouts');
    expect(model.svg.wide.html).toContain('data-label="Hà Nội, 2006" data-value="3,0%"');
    expect(model.svg.wide.html).toContain('data-label="Hà Tây, 2008" data-value="10,0%"');
    expect(model.table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Hà Nội', '3,0%', '6,6%'],
      ['Hà Tây', '12,4%', '10,0%'],
    ]);
  });

  it('keeps round axis ticks without forced decimals', () => {
    const model = lineChart(printed, haNoi);
    if (!model.svg || !('wide' in model.svg)) throw new Error('expected two layouts');
    expect(model.svg.wide.html).toMatch(/>10<\/text>/);
    expect(model.svg.wide.html).not.toMatch(/>10,0<\/text>/);
  });

  it('lets the spec fix the decimals', () => {
    const model = lineChart(printed, { ...haNoi, format: { unit: 'percent', digits: 2 } });
    expect(model.table.rows[0].map((c) => c.text)).toEqual(['Hà Nội', '3,00%', '6,60%']);
  });

  const mixed = csvTable(['province,year,value', 'Hà Nội,2006,5', 'Hà Nội,2008,4.98', 'Hà Tây,2006,12.4', ''].join('\n'), {
    year: 'year',
    value: 'percent',
  });

  it('shows every point and table cell with the decimals of the most precise value: 5,00% beside 4,98%, never 5% beside 4,98%', () => {
    const model = lineChart(mixed, haNoi);
    if (!model.svg || !('wide' in model.svg)) throw new Error('expected two layouts');
    expect(model.svg.wide.html).toContain('data-label="Hà Nội, 2006" data-value="5,00%"');
    expect(model.svg.wide.html).toContain('data-label="Hà Tây, 2006" data-value="12,40%"');
    expect(model.table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Hà Nội', '5,00%', '4,98%'],
      ['Hà Tây', '12,40%', '–'],
    ]);
  });

  it('keeps the decimals each value was printed with for the CSV', () => {
    expect(lineChart(mixed, haNoi).table.rows.map((r) => r.slice(1).map((c) => c.decimals))).toEqual([
      [0, 2],
      [1, undefined],
    ]);
  });

  it('writes axis ticks without the decimals a spec fixes: 0%, not 0,0%', () => {
    const model = lineChart(mixed, { ...haNoi, format: { unit: 'percent', digits: 1 } });
    if (!model.svg || !('wide' in model.svg)) throw new Error('expected two layouts');
    expect(model.svg.wide.html).toMatch(/>10<\/text>/);
    expect(model.svg.wide.html).not.toMatch(/>\d+,0<\/text>/);
    expect(model.table.rows[0].map((c) => c.text)).toEqual(['Hà Nội', '5,0%', '5,0%']);
  });
});
