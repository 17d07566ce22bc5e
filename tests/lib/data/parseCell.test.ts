import { describe, expect, it } from 'vitest';
import { isMissing, parseCell, parseNumber, printedDecimals, type ColumnSchema } from '../../../src/lib/data/index.ts';

const column = (type: ColumnSchema['type']): ColumnSchema => ({ name: 'x', type, label: 'x', nullable: false });

describe('parseNumber(cell, decimal)', () => {
  it('reads plain numbers when the decimal mark is "."', () => {
    expect(parseNumber('1417.3', '.')).toBe(1417.3);
    expect(parseNumber('-3.01', '.')).toBe(-3.01);
    expect(parseNumber(' 42 ', '.')).toBe(42);
  });

  it('rejects grouped or comma numbers when the decimal mark is "."', () => {
    expect(parseNumber('1,417.3', '.')).toBeUndefined();
    expect(parseNumber('3,78', '.')).toBeUndefined();
    expect(parseNumber('1e3', '.')).toBeUndefined();
  });

  it('reads Vietnamese numbers when the decimal mark is ","', () => {
    expect(parseNumber('1.417,3', ',')).toBe(1417.3);
    expect(parseNumber('33.486', ',')).toBe(33486);
    expect(parseNumber('3,78', ',')).toBe(3.78);
    expect(parseNumber('1417', ',')).toBe(1417);
  });

  it('rejects badly grouped Vietnamese numbers rather than guessing', () => {
    expect(parseNumber('1.41,3', ',')).toBeUndefined();
    expect(parseNumber('3.78', ',')).toBeUndefined();
    expect(parseNumber('1,2,3', ',')).toBeUndefined();
  });
});

describe('printedDecimals(cell, decimal)', () => {
  it('counts the decimals written after the file\'s decimal mark, trailing zeros included', () => {
    expect(printedDecimals('3.0', '.')).toBe(1);
    expect(printedDecimals('5.90', '.')).toBe(2);
    expect(printedDecimals('-3.01', '.')).toBe(2);
    expect(printedDecimals(' 12.4 ', '.')).toBe(1);
  });

  it('reads "." as a thousands separator in a file whose decimal mark is ","', () => {
    expect(printedDecimals('1.417,3', ',')).toBe(1);
    expect(printedDecimals('5,90', ',')).toBe(2);
    expect(printedDecimals('33.486', ',')).toBe(0);
  });

  it('gives 0 for whole numbers', () => {
    expect(printedDecimals('33486', '.')).toBe(0);
    expect(printedDecimals('99', ',')).toBe(0);
  });
});

describe('parseCell(cell, column, decimal)', () => {
  it('keeps how many decimals a number was printed with, which its value loses', () => {
    expect(parseCell('3.0', column('percent'), '.')).toEqual({ value: 3, decimals: 1 });
    expect(parseCell('5.90', column('number'), '.')).toEqual({ value: 5.9, decimals: 2 });
    expect(parseCell('1.417,3', column('number'), ',')).toEqual({ value: 1417.3, decimals: 1 });
    expect(parseCell('5,0', column('percent'), ',')).toEqual({ value: 5, decimals: 1 });
    expect(parseCell('33486', column('integer'), '.')).toEqual({ value: 33486, decimals: 0 });
    expect(parseCell('33.486', column('integer'), ',')).toEqual({ value: 33486, decimals: 0 });
  });

  it('reads dates written as 12/08/2024 or 2024-08-12 into ISO dates', () => {
    expect(parseCell('12/08/2024', column('date'), '.')).toEqual({ value: '2024-08-12' });
    expect(parseCell('2024-08-12', column('date'), '.')).toEqual({ value: '2024-08-12' });
    expect(parseCell('1/7/2025', column('date'), '.')).toEqual({ value: '2025-07-01' });
  });

  it('rejects dates that do not exist', () => {
    expect(parseCell('31/02/2024', column('date'), '.')).toMatchObject({ problem: { message: 'không phải ngày có thật' } });
    expect(parseCell('2024-13-01', column('date'), '.')).toMatchObject({ problem: { message: 'không phải ngày có thật' } });
  });

  it('reads four-digit years only', () => {
    expect(parseCell('2023', column('year'), '.')).toEqual({ value: 2023 });
    expect(parseCell('23', column('year'), '.')).toMatchObject({ problem: { message: 'không phải là năm' } });
    expect(parseCell('2.023', column('year'), ',')).toMatchObject({ problem: { message: 'không phải là năm' } });
  });

  it('keeps codes and strings exactly as written', () => {
    expect(parseCell('01', column('code'), '.')).toEqual({ value: '01' });
    expect(parseCell(' WHOLE COUNTRY', column('string'), '.')).toEqual({ value: ' WHOLE COUNTRY' });
  });

  it('says a percent sign does not belong in the cell', () => {
    expect(parseCell('3.78%', column('percent'), '.')).toMatchObject({
      problem: { message: 'số có dấu %', hint: 'bỏ dấu %: đơn vị đã ghi ở cột trong tệp mô tả (type: percent)' },
    });
  });
});

describe('isMissing(cell)', () => {
  it('treats empty cells and .. as missing, and 0 as a value', () => {
    expect(isMissing('')).toBe(true);
    expect(isMissing('  ')).toBe(true);
    expect(isMissing('..')).toBe(true);
    expect(isMissing('0')).toBe(false);
  });
});
