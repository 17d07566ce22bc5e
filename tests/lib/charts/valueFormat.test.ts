import { describe, expect, it } from 'vitest';
import { valueFormatter } from '../../../src/lib/charts/index.ts';
import { columnDecimals, tickFormatter } from '../../../src/lib/charts/valueFormat.ts';

describe('valueFormatter(format)(value, printed)', () => {
  it('prints each value with the decimals its source printed', () => {
    const percent = valueFormatter({ unit: 'percent' });
    expect(percent(3, 1)).toBe('3,0%');
    expect(percent(4.98, 2)).toBe('4,98%');
    expect(valueFormatter({ unit: 'points' })(30, 1)).toBe('30,0 điểm %');
    expect(valueFormatter({ unit: 'tỷ đồng' })(35.3, 1)).toBe('35,3 tỷ đồng');
    expect(valueFormatter({ unit: 'number' })(5.9, 2)).toBe('5,90');
  });

  it('lets a spec that fixes digits win over the printed decimals', () => {
    expect(valueFormatter({ unit: 'percent', digits: 2 })(3, 1)).toBe('3,00%');
    expect(valueFormatter({ unit: 'percent', digits: 0 })(4.98, 2)).toBe('5%');
  });

  it('writes as many decimals as the value has when the printed ones are unknown (axis ticks)', () => {
    expect(valueFormatter({ unit: 'percent' })(60)).toBe('60%');
    expect(valueFormatter({ unit: 'percent' })(2.5)).toBe('2,5%');
  });

  it('groups whole numbers and ignores printed decimals for counts', () => {
    expect(valueFormatter({ unit: 'integer' })(33486, 0)).toBe('33.486');
  });
});

describe('columnDecimals(values)', () => {
  it('is the most decimals any value of the column was printed with', () => {
    expect(
      columnDecimals([
        { value: 5, decimals: 0 },
        { value: 4.98, decimals: 2 },
      ]),
    ).toBe(2);
    expect(
      columnDecimals([
        { value: 3, decimals: 1 },
        { value: 4, decimals: 1 },
      ]),
    ).toBe(1);
  });

  it('counts a value of unknown printing by its shortest form, and skips missing values', () => {
    expect(columnDecimals([{ value: 58.25 }, { value: 3, decimals: 1 }])).toBe(2);
    expect(
      columnDecimals([
        { value: null, decimals: 3 },
        { value: 7, decimals: 0 },
      ]),
    ).toBe(0);
    expect(columnDecimals([{ value: null }])).toBeUndefined();
    expect(columnDecimals([])).toBeUndefined();
  });

  it('gives every value of a column the same decimals through valueFormatter, unless the spec fixes digits', () => {
    const values = [
      { value: 5, decimals: 0 },
      { value: 4.98, decimals: 2 },
    ];
    const decimals = columnDecimals(values);
    expect(values.map((v) => valueFormatter({ unit: 'percent' })(v.value, decimals))).toEqual(['5,00%', '4,98%']);
    expect(values.map((v) => valueFormatter({ unit: 'percent', digits: 1 })(v.value, decimals))).toEqual(['5,0%', '5,0%']);
  });
});

describe('tickFormatter(format)', () => {
  it('writes round ticks without forced decimals, whatever the spec fixes', () => {
    const ticks = tickFormatter({ unit: 'percent', digits: 1 });
    expect([0, 50, 100].map(ticks)).toEqual(['0%', '50%', '100%']);
    expect(tickFormatter({ unit: 'number', digits: 2 })(2.5)).toBe('2,5');
  });
});
