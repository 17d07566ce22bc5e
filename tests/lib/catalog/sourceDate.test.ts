import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../../src/lib/catalog/sourceDate.ts';

describe('formatSourceDate(date)', () => {
  it('writes a full date as dd/mm/yyyy', () => {
    expect(formatSourceDate('2024-08-12')).toBe('12/08/2024');
    expect(formatSourceDate('2016-03-01')).toBe('01/03/2016');
  });

  it('writes a month as "tháng m/yyyy", without a leading zero', () => {
    expect(formatSourceDate('2024-08')).toBe('tháng 8/2024');
    expect(formatSourceDate('2019-12')).toBe('tháng 12/2019');
  });

  it('writes a year as it is', () => {
    expect(formatSourceDate('2024')).toBe('2024');
  });

  it('knows leap years', () => {
    expect(formatSourceDate('2024-02-29')).toBe('29/02/2024');
    expect(() => formatSourceDate('2023-02-29')).toThrow(/no day 29/);
  });

  it('throws on anything else, naming the value', () => {
    for (const bad of [
      '',
      '24',
      '2024-8',
      '2024/08/12',
      '12/08/2024',
      '2024-13',
      '2024-00-10',
      '2024-04-31',
      '2024-08-12T00:00',
    ]) {
      expect(() => formatSourceDate(bad), bad).toThrow(RangeError);
    }
    expect(() => formatSourceDate('2024-13')).toThrow('"2024-13"');
  });
});
