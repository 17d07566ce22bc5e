import { describe, expect, it } from 'vitest';
import {
  computedDecimals,
  pickDifference,
  pickNumber,
  pickPrinted,
  printedDecimalsOf,
  printedDifference,
  shortestDecimals,
} from '../../../src/lib/data/index.ts';
import { csvTable, tableOf } from '../../helpers/chartFixture.ts';

const poverty = csvTable(
  [
    'province_code,province,year,value',
    '01,Hà Nội,2006,3.0',
    '01,Hà Nội,2008,1.25',
    ',Hà Tây,2006,12.4',
    ',Hà Tây,2008,12.4',
    '12,Lai Châu,2006,58.2',
    '12,Lai Châu,2010,50.0',
    '12,Lai Châu,2016,27.9',
    '',
  ].join('\n'),
  { year: 'year', value: 'percent' },
);

describe('printedDecimalsOf(table)(row, column)', () => {
  it('finds the decimals each kept row of the table was printed with', () => {
    const decimalsOf = printedDecimalsOf(poverty);
    const haNoi2006 = poverty.rows.find((row) => row.province === 'Hà Nội' && row.year === 2006)!;
    expect(haNoi2006.value).toBe(3);
    expect(decimalsOf(haNoi2006, 'value')).toBe(1);
    expect(decimalsOf(haNoi2006, 'province')).toBeUndefined();
    expect(decimalsOf(haNoi2006, 'year')).toBeUndefined();
  });

  it('knows nothing of a row that is not one of the table\'s own', () => {
    expect(printedDecimalsOf(poverty)({ ...poverty.rows[0] }, 'value')).toBeUndefined();
  });
});

describe('pickPrinted(table, where, column)', () => {
  it('gives the number with the decimals its source printed, which pickNumber loses', () => {
    expect(pickNumber(poverty, { province_code: '01', year: 2006 }, 'value')).toBe(3);
    expect(pickPrinted(poverty, { province_code: '01', year: 2006 }, 'value')).toEqual({ value: 3, decimals: 1 });
    expect(pickPrinted(poverty, { province_code: '12', year: 2010 }, 'value')).toEqual({ value: 50, decimals: 1 });
  });

  it('falls back to the shortest form when the printed decimals are unknown', () => {
    const table = tableOf([{ code: '01', value: 3 }]);
    expect(pickPrinted(table, { code: '01' }, 'value')).toEqual({ value: 3, decimals: 0 });
  });

  it('throws like pickNumber when no single row matches', () => {
    expect(() => pickPrinted(poverty, { province_code: '99' }, 'value')).toThrow('không dòng nào của');
  });
});

describe('pickDifference(table, from, to, column): the more precise input sets the decimals', () => {
  it('keeps the larger precision of the two: 1.25 − 3.0 has 2 decimals', () => {
    expect(pickDifference(poverty, { province_code: '01', year: 2006 }, { province_code: '01', year: 2008 }, 'value')).toEqual({
      value: -1.75,
      decimals: 2,
    });
  });

  it('keeps a trailing zero the inputs carry: 58.2 − 50.0 is 8.2 with 1 decimal, 12.4 − 12.4 is 0.0', () => {
    expect(pickDifference(poverty, { province_code: '12', year: 2010 }, { province_code: '12', year: 2006 }, 'value')).toEqual({
      value: 8.2,
      decimals: 1,
    });
    expect(pickDifference(poverty, { province: 'Hà Tây', year: 2006 }, { province: 'Hà Tây', year: 2008 }, 'value')).toEqual({
      value: 0,
      decimals: 1,
    });
  });
});

describe('printedDifference(from, to)', () => {
  it('subtracts without floating-point noise, to the decimals of the more precise input', () => {
    expect(printedDifference({ value: 50.2, decimals: 1 }, { value: 27.9, decimals: 1 })).toEqual({ value: -22.3, decimals: 1 });
    expect(printedDifference({ value: 5.3, decimals: 1 }, { value: 1.3, decimals: 1 })).toEqual({ value: -4, decimals: 1 });
    expect(printedDifference({ value: 3, decimals: 1 }, { value: 1.25, decimals: 2 })).toEqual({ value: -1.75, decimals: 2 });
    expect(Object.is(printedDifference({ value: 2.1, decimals: 1 }, { value: 2.1, decimals: 1 }).value, 0)).toBe(true);
  });
});

describe('computedDecimals(decimals) and shortestDecimals(value)', () => {
  it('gives a computed figure the decimals of its most precise input', () => {
    expect(computedDecimals([2, 2, 2])).toBe(2);
    expect(computedDecimals([1, 2])).toBe(2);
    expect(computedDecimals([0, undefined])).toBe(0);
    expect(computedDecimals([undefined])).toBeUndefined();
  });

  it('counts the decimals of a value at its shortest, up to 6', () => {
    expect(shortestDecimals(3)).toBe(0);
    expect(shortestDecimals(5.9)).toBe(1);
    expect(shortestDecimals(0.1 + 0.2)).toBe(1);
    expect(shortestDecimals(1 / 3)).toBe(6);
  });
});
