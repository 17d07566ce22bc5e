import { describe, expect, it } from 'vitest';
import { valueFormatter } from '../../../src/lib/charts/index.ts';

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
