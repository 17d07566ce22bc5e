import { describe, expect, it } from 'vitest';
import { pickRank } from '../../../src/lib/data/index.ts';
import { tableOf } from '../../helpers/chartFixture.ts';

const table = tableOf(
  [
    { province_code: null, level: 'country', value: 3.37 },
    { province_code: '11', level: 'province', value: 29.55 },
    { province_code: '12', level: 'province', value: 28.12 },
    { province_code: '10', level: 'province', value: 13.68 },
    { province_code: '01', level: 'province', value: 13.68 },
    { province_code: '79', level: 'province', value: null },
  ],
  { id: 'poverty-2023' },
);

describe('pickRank(table, where, among, column)', () => {
  it('ranks the row among the rows asked for, highest first, ties sharing a rank, gaps left out', () => {
    expect(pickRank(table, { province_code: '11' }, { level: 'province' }, 'value')).toEqual({ rank: 1, of: 4, tiedWith: [] });
    expect(pickRank(table, { province_code: '10' }, { level: 'province' }, 'value').rank).toBe(3);
    expect(pickRank(table, { province_code: '01' }, { level: 'province' }, 'value').rank).toBe(3);
  });

  it('refuses a row outside the ranking or without a value', () => {
    expect(() => pickRank(table, { level: 'country' }, { level: 'province' }, 'value')).toThrow(
      'dòng được chọn không nằm trong các dòng được xếp hạng ({ level: \'province\' })',
    );
    expect(() => pickRank(table, { province_code: '79' }, { level: 'province' }, 'value')).toThrow(
      'ô "value" của dòng được chọn (data/test.csv:7) để trống: nguồn không có số này',
    );
  });
});
