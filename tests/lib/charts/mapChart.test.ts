import { describe, expect, it } from 'vitest';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { mapClasses, mapYearsData } from '../../../src/lib/charts/mapChart.ts';
import { formatPercent } from '../../../src/lib/format/index.ts';
import { tableOf } from '../../helpers/chartFixture.ts';

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
