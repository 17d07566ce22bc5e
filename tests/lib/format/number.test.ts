import { format as d3Format } from 'd3-format';
import { describe, expect, it } from 'vitest';
import {
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPoints,
  plainNumber,
  viFormatLocale,
} from '../../../src/lib/format/index.ts';

describe('formatNumber(value)', () => {
  it('groups thousands with "." and marks decimals with ","', () => {
    expect(formatNumber(1417.3)).toBe('1.417,3');
    expect(formatNumber(1234567.891)).toBe('1.234.567,891');
    expect(formatNumber(0.5)).toBe('0,5');
    expect(formatNumber(48000)).toBe('48.000');
  });

  it('keeps every decimal the value has unless told otherwise', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
    expect(formatNumber(3.1, { digits: 2 })).toBe('3,10');
    expect(formatNumber(99.95, { digits: 1 })).toBe('100,0');
  });

  it('writes a true minus sign', () => {
    expect(formatNumber(-3.01)).toBe('−3,01');
  });

  it('refuses NaN and infinities instead of printing them', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Infinity)).toThrow(RangeError);
  });
});

describe('formatInteger(value)', () => {
  it('groups thousands', () => {
    expect(formatInteger(33486)).toBe('33.486');
    expect(formatInteger(1057374)).toBe('1.057.374');
    expect(formatInteger(999)).toBe('999');
  });

  it('refuses to round a fraction away', () => {
    expect(() => formatInteger(1.5)).toThrow(RangeError);
  });
});

describe('formatPercent, formatPoints and formatMoney', () => {
  it('formatPercent(3.78) is 3,78%', () => {
    expect(formatPercent(3.78)).toBe('3,78%');
    expect(formatPercent(99.7)).toBe('99,7%');
  });

  it('formatPoints(value) speaks of percentage points', () => {
    expect(formatPoints(4.66)).toBe('4,66 điểm %');
    expect(formatPoints(-3.68)).toBe('−3,68 điểm %');
  });

  it('formatMoney(value, unit) spells the unit out', () => {
    expect(formatMoney(1417.3, 'tỷ đồng')).toBe('1.417,3 tỷ đồng');
    expect(formatMoney(700000, 'triệu đồng')).toBe('700.000 triệu đồng');
  });
});

describe('printed decimals through `digits`', () => {
  it('prints a value with the decimals its source printed, trailing zeros included', () => {
    expect(formatPercent(3, { digits: 1 })).toBe('3,0%');
    expect(formatPercent(5.9, { digits: 2 })).toBe('5,90%');
    expect(formatPoints(-30, { digits: 1 })).toBe('−30,0 điểm %');
    expect(formatMoney(1382, 'tỷ đồng', { digits: 0 })).toBe('1.382 tỷ đồng');
  });
});

describe('plainNumber(value, { digits })', () => {
  it('writes a number for a spreadsheet: "." as decimal mark, no grouping, the printed decimals kept', () => {
    expect(plainNumber(3, { digits: 1 })).toBe('3.0');
    expect(plainNumber(5.9, { digits: 2 })).toBe('5.90');
    expect(plainNumber(1417.3, { digits: 1 })).toBe('1417.3');
    expect(plainNumber(33486, { digits: 0 })).toBe('33486');
  });

  it('keeps as many decimals as the value has, up to 6, when none are given', () => {
    expect(plainNumber(3)).toBe('3');
    expect(plainNumber(-3.2)).toBe('-3.2');
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(100)).toBe('100');
  });

  it('writes an ASCII minus, and no minus on a value rounded to zero', () => {
    expect(plainNumber(-1.75, { digits: 2 })).toBe('-1.75');
    expect(plainNumber(-0.04, { digits: 1 })).toBe('0.0');
  });

  it('refuses NaN and infinities', () => {
    expect(() => plainNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('viFormatLocale', () => {
  it('formats d3 specifiers the Vietnamese way for charts', () => {
    expect(viFormatLocale.format(',.1f')(1417.3)).toBe('1.417,3');
    expect(viFormatLocale.format(',d')(33486)).toBe('33.486');
    expect(viFormatLocale.format('.0%')(0.25)).toBe('25%');
    // The default locale would write it the English way.
    expect(d3Format(',.1f')(1417.3)).toBe('1,417.3');
  });
});
