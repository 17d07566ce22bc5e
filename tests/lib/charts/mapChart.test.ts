import { describe, expect, it } from 'vitest';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { mapBoundaries, mapChart, mapClasses, mapYearsData } from '../../../src/lib/charts/mapChart.ts';
import { formatPercent } from '../../../src/lib/format/index.ts';
import { csvTable, tableOf, testContext } from '../../helpers/chartFixture.ts';
import topology from '../../../data/geo/vn-provinces-63.topo.json' with { type: 'json' };

const spec = chartSpecSchema.parse({
  id: 'ban-do',
  type: 'map',
  dataset: 'test',
  title: 'T',
  description: 'D',
  province: 'code',
  value: 'value',
  year: 'year',
  thresholds: [10, 30],
  format: { unit: 'percent' },
}) as Extract<ChartSpec, { type: 'map' }>;

describe('mapClasses(thresholds)', () => {
  it('classes values by threshold, missing values apart', () => {
    const { classOf } = mapClasses([10, 30]);
    expect([5, 10, 29.9, 30, 58.2, null].map(classOf)).toEqual(['q0', 'q1', 'q1', 'q2', 'q2', 'nodata']);
  });

  it('writes a Vietnamese legend that says which provinces have no data', () => {
    expect(mapClasses([10, 30]).legend((n) => formatPercent(n))).toEqual([
      { className: 'q0', label: 'Dưới 10%' },
      { className: 'q1', label: '10–30%' },
      { className: 'q2', label: 'Từ 30% trở lên' },
      { className: 'nodata', label: 'Không có số liệu' },
    ]);
  });
});

describe('mapYearsData(table, spec, codes)', () => {
  const table = tableOf([
    { code: '12', year: 2006, value: 58.2 },
    { code: '12', year: 2016, value: 27.9 },
    { code: '79', year: 2006, value: 0.5 },
    { code: '79', year: 2016, value: null },
  ]);

  it('gives each province a class and a text per year, grey and "không có số liệu" where missing', () => {
    const data = mapYearsData(table, spec, ['12', '79', '01']);
    expect(data.years).toEqual([2006, 2016]);
    expect(data.defaultYear).toBe(2016);
    expect(data.classes).toEqual({ '12': ['q2', 'q1'], '79': ['q0', 'nodata'], '01': ['nodata', 'nodata'] });
    expect(data.values['79']).toEqual(['0,5%', 'không có số liệu']);
  });

  it('refuses a default year without data', () => {
    expect(() => mapYearsData(table, { ...spec, defaultYear: 2010 }, ['12'])).toThrow('defaultYear 2010');
  });
});

describe('mapYearsData(table, spec, codes) with printed decimals', () => {
  it("writes the year selector's texts as the source printed each value", () => {
    const table = csvTable(['code,year,value', '01,2006,3.0', '01,2016,1.3', '12,2006,58.2', '12,2016,20.0', ''].join('\n'), {
      year: 'year',
      value: 'percent',
    });
    const data = mapYearsData(table, spec, ['01', '12']);
    expect(data.values).toEqual({ '01': ['3,0%', '1,3%'], '12': ['58,2%', '20,0%'] });
    expect(data.raw.get('01')).toEqual([
      { value: 3, decimals: 1 },
      { value: 1.3, decimals: 1 },
    ]);
  });
});

describe('a map and the boundary changes its dataset declares', () => {
  const table = tableOf(
    [
      { code: '01', year: 2006, value: 3.5 },
      { code: '01', year: 2008, value: 6.6 },
      { code: '12', year: 2006, value: 58.2 },
      { code: '12', year: 2008, value: 53.7 },
      { code: '11', year: 2006, value: null },
      { code: '11', year: 2008, value: 45 },
    ],
    {
      columns: [
        { name: 'code', type: 'code', label: 'Mã', nullable: false, references: 'provinces' },
        { name: 'year', type: 'year', label: 'Năm', nullable: false },
        { name: 'value', type: 'percent', label: 'Tỷ lệ', nullable: true },
      ],
      breaks: [
        {
          kind: 'boundary',
          before: 2008,
          label: 'Mở rộng Hà Nội',
          note: 'Số của Hà Nội trước năm 2008 là của Hà Nội cũ.',
          provinces: ['01', '11'],
          date: '2008-08-01',
        },
      ],
    },
  );

  it('mapYearsData(…) does not colour a province in a year before its boundaries changed, and says why in its text', () => {
    const data = mapYearsData(table, spec, ['01', '12', '11']);
    expect(data.classes).toEqual({ '01': ['incomparable', 'q0'], '12': ['q2', 'q2'], '11': ['nodata', 'q2'] });
    expect(data.values['01']).toEqual(['3,5% (theo địa giới trước 01/08/2008)', '6,6%']);
  });

  it('mapBoundaries(…) says which boundaries the map shows each year, naming the provinces left uncoloured', () => {
    const data = mapYearsData(table, spec, ['01', '12', '11']);
    const names: Record<string, string> = { '01': 'Hà Nội', '11': 'Điện Biên', '12': 'Lai Châu' };
    expect(mapBoundaries(data, (code) => names[code])).toEqual([
      'Bản đồ vẽ địa giới 63 tỉnh, thành phố trước ngày 01/07/2025. Năm 2006, Hà Nội có địa giới trước 01/08/2008 nên không tô màu (xem ghi chú (1)).',
      'Bản đồ vẽ địa giới 63 tỉnh, thành phố trước ngày 01/07/2025.',
    ]);
  });

  it('mapChart(…) adds the legend item, the note and the marks of the table', () => {
    const model = mapChart(table, { ...spec, defaultYear: 2006 }, { ...testContext, topology });
    expect(model.legend?.at(-1)).toEqual({ className: 'incomparable', label: 'Địa giới năm đó khác bản đồ' });
    expect(model.notes).toEqual([
      '(1) Mở rộng Hà Nội, hiệu lực từ 01/08/2008: Số của Hà Nội trước năm 2008 là của Hà Nội cũ. Trên bản đồ các năm trước 2008, Hà Nội không được tô màu.',
    ]);
    const row = (name: string) => model.table.rows.find((r) => r[0].text === name)!.map((c) => c.breakMark ?? '');
    expect(row('Hà Nội')).toEqual(['', '', '(1)']);
    expect(row('Điện Biên')).toEqual(['', '', '(1)']);
    expect(row('Lai Châu')).toEqual(['', '', '']);
    if (!model.svg || !('single' in model.svg)) throw new Error('expected one SVG');
    expect(model.svg.single.html).toMatch(/class="point province incomparable" d="[^"]*" data-code="01"/);
  });
});
