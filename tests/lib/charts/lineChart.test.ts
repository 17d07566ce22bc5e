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
const table = tableOf(rows);

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
  breaks: [{ before: 2010, label: 'Đổi chuẩn' }],
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

  it('puts highlighted series first, in spec order, with their labels and colours', () => {
    expect(data.series.slice(0, 2).map((s) => [s.name, s.label, s.colour])).toEqual([
      ['Lai Châu', 'Lai Châu', 'c1'],
      ['Cả nước', 'Toàn quốc', 'c2'],
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
  const haNoi = { ...spec, highlight: [{ series: 'Hà Nội' }, { series: 'Hà Tây' }], breaks: [] };

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
});
