import { describe, expect, it } from 'vitest';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { mapClasses, mapYearsData } from '../../../src/lib/charts/mapChart.ts';
import { formatPercent } from '../../../src/lib/format/index.ts';
import { csvTable, tableOf } from '../../helpers/chartFixture.ts';

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
