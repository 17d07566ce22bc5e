import { describe, expect, it } from 'vitest';
import { latestObservation, missingYears, provinceSeries } from '../../../src/lib/provinces/observations.ts';
import { tableOf } from '../../helpers/chartFixture.ts';

const table = tableOf([
  { province_code: null, province: 'Cả nước', year: 2014, value: 8.4, status: 'final' },
  { province_code: '79', province: 'Hồ Chí Minh', year: 2014, value: 0, status: 'final' },
  { province_code: '79', province: 'Hồ Chí Minh', year: 2016, value: null, status: 'preliminary' },
  { province_code: '12', province: 'Lai Châu', year: 2015, value: 31.5, status: 'final' },
  { province_code: '12', province: 'Lai Châu', year: 2016, value: 27.9, status: 'preliminary' },
]);

describe('provinceSeries(table, code)', () => {
  it('lists every province-level year of the dataset, a year without a row or value as null', () => {
    expect(provinceSeries(table, '79')).toEqual([
      { year: 2014, value: 0, status: 'final' },
      { year: 2015, value: null, status: null },
      { year: 2016, value: null, status: 'preliminary' },
    ]);
  });

  it('keeps only the rows matching `where`', () => {
    const houses = tableOf([
      { province_code: '12', year: 2016, breakdown: 'Total', value: 100 },
      { province_code: '12', year: 2016, breakdown: 'Permanent house', value: 21.6 },
    ]);
    expect(provinceSeries(houses, '12', { where: { breakdown: 'Permanent house' } })).toEqual([
      { year: 2016, value: 21.6, status: null },
    ]);
  });
});

describe('latestObservation(series) and missingYears(series)', () => {
  it('find the last year with a value (a zero counts) and the years without one', () => {
    const series = provinceSeries(table, '79');
    expect(latestObservation(series)).toEqual({ year: 2014, value: 0, status: 'final' });
    expect(missingYears(series)).toEqual([2015, 2016]);
    expect(latestObservation(provinceSeries(table, '01'))).toBeNull();
  });
});
