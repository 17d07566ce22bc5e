/**
 * The small-multiples, stacked-bar and area types: their data functions (panels, parts, totals,
 * reference series), gaps and breaks, missing values, and text that holds markup.
 */
import { describe, expect, it } from 'vitest';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { areaChart, areaData } from '../../../src/lib/charts/areaChart.ts';
import { gridColumns, multiplesChart, multiplesData } from '../../../src/lib/charts/multiplesChart.ts';
import { stackedChart, stackedData, trueTotal } from '../../../src/lib/charts/stackedChart.ts';
import { layouts } from '../../../src/lib/charts/layout.ts';
import { chartTypeOf } from '../../../src/lib/charts/chartSpec.ts';
import { byClass, parseSvg } from '../../helpers/svgTree.ts';
import { csvTable, tableOf, testContext } from '../../helpers/chartFixture.ts';

const hostile = 'Tỉnh <b>"A"</b> & B';
const spec = <T extends ChartSpec['type']>(fields: { type: T } & Record<string, unknown>) =>
  chartSpecSchema.parse({ id: 'thu', dataset: 'test', title: 'Thử', description: 'Mô tả', ...fields }) as Extract<
    ChartSpec,
    { type: T }
  >;

// Two provinces and the country; Lai Châu lacks 2012; a change of standard from 2010 splits every
// series; a boundary change from 2008 splits Điện Biên only.
const yearly = tableOf(
  [
    ...[
      [2006, 58.2],
      [2008, 53.7],
      [2010, 50.2],
      [2012, null],
      [2013, 40.6],
    ].map(([year, value]) => ({ province: 'Lai Châu', code: '12', year, value })),
    ...[
      [2006, 42.9],
      [2008, 39.3],
      [2010, 50.8],
      [2012, 42.3],
      [2013, 38.6],
    ].map(([year, value]) => ({ province: hostile, code: '11', year, value })),
    ...[
      [2006, 15.5],
      [2008, 13.4],
      [2010, 14.2],
      [2012, 11.1],
      [2013, 9.8],
    ].map(([year, value]) => ({ province: 'Cả nước', code: null, year, value })),
  ],
  {
    columns: [
      { name: 'province', type: 'string', label: 'Địa phương', nullable: false },
      { name: 'code', type: 'code', label: 'Mã', nullable: true, references: 'provinces' },
      { name: 'year', type: 'year', label: 'Năm', nullable: false },
      { name: 'value', type: 'percent', label: 'Tỷ lệ', nullable: true },
    ],
    breaks: [
      { kind: 'standard', before: 2010, label: 'Đổi chuẩn', note: 'Chuẩn mới từ năm 2010.', provinces: 'all' },
      { kind: 'boundary', before: 2008, label: 'Đổi địa giới', note: 'Địa giới mới từ năm 2008.', provinces: ['11'] },
    ],
  },
);

describe('multiplesData(table, spec)', () => {
  // As readChartSpec turns `region` into a filter on the province codes: the country is outside it.
  const multiples = spec({
    type: 'multiples',
    x: 'year',
    y: 'value',
    series: 'province',
    filter: { code: ['11', '12'] },
    reference: { series: 'Cả nước' },
    format: { unit: 'percent' },
  });

  it('makes one panel per series in Vietnamese order, and reads the reference from outside the region', () => {
    const data = multiplesData(yearly, multiples);
    expect(data.panels.map((p) => p.name)).toEqual(['Lai Châu', hostile]);
    expect(data.reference?.points.map((p) => p.y)).toEqual([15.5, 13.4, 14.2, 11.1, 9.8]);
  });

  it('breaks each panel at its missing years and at every break that splits it, and the reference at breaks of all', () => {
    const data = multiplesData(yearly, multiples);
    const years = (segments: { x: number }[][]) => segments.map((s) => s.map((p) => p.x));
    expect(years(data.panels[0].segments)).toEqual([[2006, 2008], [2010], [2013]]);
    expect(years(data.panels[1].segments)).toEqual([[2006], [2008], [2010, 2012, 2013]]);
    expect(years(data.reference!.segments)).toEqual([
      [2006, 2008],
      [2010, 2012, 2013],
    ]);
  });

  it('draws a .point per value of each panel, none for the missing year or the reference', () => {
    const model = multiplesChart(yearly, multiples);
    if (model.svg === null || 'single' in model.svg) throw new Error('two layouts expected');
    for (const svg of [model.svg.narrow.html, model.svg.wide.html]) {
      const points = byClass(parseSvg(svg), 'point');
      expect(points).toHaveLength(9);
      expect(points.map((p) => p.attributes['data-label'])).toContain(`${hostile}, 2006`);
      expect(points.map((p) => p.attributes['data-label'])).not.toContain('Lai Châu, 2012');
      // The hostile name is text, never markup.
      expect(svg).not.toContain('<b>');
      expect(svg).toContain('Tỉnh &lt;b&gt;');
    }
    expect(model.table.rows.map((r) => r[0].text)).toEqual(['Lai Châu', hostile, 'Cả nước']);
    expect(model.table.rows[0][4].text).toBe('–');
    expect(model.notes).toHaveLength(2);
  });

  it('reports a reference that picks no rows', () => {
    const wrong = { ...multiples, reference: { series: 'Ca nuoc' } };
    expect(chartTypeOf(wrong).check!(wrong, yearly.rows, yearly, testContext).map((p) => [p.path.join('.'), p.value])).toEqual([
      ['reference.series', 'Ca nuoc'],
    ]);
  });
});

describe('gridColumns(panels, layout)', () => {
  it('uses 2 columns on a phone and 4 or 5 on a desktop, whichever leaves fewer empty panels', () => {
    expect(gridColumns(14, layouts.narrow)).toBe(2);
    expect(gridColumns(14, layouts.wide)).toBe(5);
    expect(gridColumns(63, layouts.wide)).toBe(4);
    expect(gridColumns(20, layouts.wide)).toBe(4);
  });
});

describe('stackedData(table, spec, context)', () => {
  const parts = csvTable(
    [
      'code,year,kind,value,source_id',
      '12,2016,poor,19.46,A',
      '12,2016,near,9.33,A',
      '12,2016,total,28.79,A',
      '11,2016,poor,21.29,A',
      '11,2016,near,,A',
      '01,2016,poor,0.1,A',
      '01,2016,near,0.2,B',
    ].join('\n'),
    { code: 'code', year: 'year', value: 'percent' },
    {
      columns: [
        { name: 'code', type: 'code', label: 'Mã tỉnh', nullable: false, references: 'provinces' },
        { name: 'year', type: 'year', label: 'Năm', nullable: false },
        { name: 'kind', type: 'string', label: 'Loại', nullable: false },
        { name: 'value', type: 'percent', label: 'Tỷ lệ', nullable: true },
        { name: 'source_id', type: 'string', label: 'Nguồn', nullable: false },
      ],
    },
  );
  const stacked = spec({
    type: 'stacked',
    orientation: 'horizontal',
    category: 'code',
    value: 'value',
    stack: 'kind',
    parts: [
      { key: 'poor', label: 'Hộ nghèo' },
      { key: 'near', label: hostile },
    ],
    total: true,
    format: { unit: 'percent' },
  });

  it('stacks the parts in spec order, labels provinces by name, and leaves out rows of no part', () => {
    const bars = stackedData(parts, stacked, testContext);
    expect(bars.map((b) => b.label)).toEqual(['Lai Châu', 'Điện Biên', 'Hà Nội']);
    expect(bars[0].segments.map((s) => [s.key, s.start, s.end])).toEqual([
      ['poor', 0, 19.46],
      ['near', 19.46, 28.79],
    ]);
  });

  it('totals a bar only when every part is present and all come from one source and year', () => {
    const bars = stackedData(parts, stacked, testContext);
    expect(bars.map((b) => b.total)).toEqual([{ value: 28.79, decimals: 2 }, null, null]);
  });

  it('keeps a missing part, shown as an empty square and a point saying so, and a dash in the table', () => {
    const model = stackedChart(parts, stacked, testContext);
    if (model.svg === null || 'single' in model.svg) throw new Error('two layouts expected');
    for (const svg of [model.svg.narrow.html, model.svg.wide.html]) {
      const points = byClass(parseSvg(svg), 'point');
      expect(points).toHaveLength(6);
      expect(points.find((p) => p.attributes['data-label'] === `Điện Biên: ${hostile}`)?.attributes['data-value']).toBe(
        'không có số liệu',
      );
      expect(svg).toContain('Không có số liệu');
      expect(svg).not.toContain('<b>');
    }
    expect(model.table.columns.map((c) => c.label)).toEqual(['Tỉnh, thành phố', 'Hộ nghèo', hostile, 'Tổng các phần']);
    expect(model.table.rows[1].map((c) => c.text)).toEqual(['Điện Biên', '21,29%', '–', '–']);
  });

  it('reports a part that a category holds twice', () => {
    const twice = tableOf([
      { code: '12', kind: 'poor', value: 1 },
      { code: '12', kind: 'poor', value: 2 },
      { code: '12', kind: 'near', value: 3 },
    ]);
    expect(chartTypeOf(stacked).check!(stacked, twice.rows, twice, testContext).map((p) => p.path.join('.'))).toEqual([
      'parts.0.key',
    ]);
  });
});

describe('trueTotal(parts, provenance)', () => {
  const row = (source: string, year: number) => ({ source_id: source, year });
  it('rounds the sum to the most precise part: 50.5 + 40.3 + 5.7 + 3.5 is 100.0', () => {
    const parts = [50.5, 40.3, 5.7, 3.5].map((value) => ({ value, decimals: 1, row: row('A', 2016) }));
    expect(trueTotal(parts, ['source_id', 'year'])).toEqual({ value: 100, decimals: 1 });
  });
  it('gives none across years', () => {
    const parts = [
      { value: 1, decimals: 0, row: row('A', 2016) },
      { value: 2, decimals: 0, row: row('A', 2014) },
    ];
    expect(trueTotal(parts, ['source_id', 'year'])).toBeNull();
  });
});

describe('areaData(table, spec)', () => {
  const area = spec({
    type: 'area',
    x: 'year',
    y: 'value',
    series: 'province',
    area: { series: hostile },
    reference: { series: 'Cả nước', label: 'Toàn quốc' },
    format: { unit: 'percent' },
  });

  it('fills the series and draws the reference, each split at the breaks that split it', () => {
    const data = areaData(yearly, area);
    expect(data.series.map((s) => [s.label, s.colour])).toEqual([
      [hostile, 'province'],
      ['Toàn quốc', 'country'],
    ]);
    expect(data.series[0].segments.map((s) => s.length)).toEqual([1, 1, 3]);
  });

  it('never fills across a break or a missing year: one area per run of two years or more', () => {
    const model = areaChart(yearly, area);
    if (model.svg === null || 'single' in model.svg) throw new Error('two layouts expected');
    const root = parseSvg(model.svg.wide.html);
    const areas = byClass(root, 'area').flatMap((g) => g.children.filter((c) => c.name === 'path'));
    expect(areas).toHaveLength(1);
    expect(byClass(root, 'point')).toHaveLength(10);
    expect(model.svg.wide.html).not.toContain('<b>');

    const gap = areaChart(yearly, { ...area, area: { series: 'Lai Châu' } });
    if (gap.svg === null || 'single' in gap.svg) throw new Error('two layouts expected');
    // 2006–2008 only: 2010 stands alone between the break and the missing 2012, 2013 alone after it.
    expect(byClass(parseSvg(gap.svg.wide.html), 'area').flatMap((g) => g.children.filter((c) => c.name === 'path'))).toHaveLength(
      1,
    );
  });
});
