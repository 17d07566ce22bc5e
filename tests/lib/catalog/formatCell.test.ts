import { describe, expect, it } from 'vitest';
import { formatCell, MISSING } from '../../../src/lib/catalog/formatCell.ts';

describe('formatCell(value, column)', () => {
  it('formats numbers by the column type, the Vietnamese way', () => {
    expect(formatCell(3.78, { type: 'percent' })).toBe('3,78%');
    expect(formatCell(33486, { type: 'integer' })).toBe('33.486');
    expect(formatCell(1417.3, { type: 'number' })).toBe('1.417,3');
    expect(formatCell(-3.01, { type: 'number' })).toBe('−3,01');
  });

  it('writes a number with the decimals its source printed, when given', () => {
    expect(formatCell(3, { type: 'percent' }, 1)).toBe('3,0%');
    expect(formatCell(5.9, { type: 'percent' }, 2)).toBe('5,90%');
    expect(formatCell(1417.3, { type: 'number' }, 2)).toBe('1.417,30');
    expect(formatCell(33486, { type: 'integer' }, 0)).toBe('33.486');
  });

  it('keeps years ungrouped and text, codes as they are', () => {
    expect(formatCell(2016, { type: 'year' })).toBe('2016');
    expect(formatCell('01', { type: 'code' })).toBe('01');
    expect(formatCell('Lai Châu', { type: 'string' })).toBe('Lai Châu');
  });

  it('writes ISO dates as dd/mm/yyyy', () => {
    expect(formatCell('2024-08-12', { type: 'date' })).toBe('12/08/2024');
  });

  it('shows a missing value as a dash, never 0', () => {
    expect(MISSING).toBe('–');
    for (const type of ['percent', 'integer', 'number', 'year', 'code', 'string', 'date'] as const) {
      expect(formatCell(null, { type })).toBe('–');
    }
  });
});
