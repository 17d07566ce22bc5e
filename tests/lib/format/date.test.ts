import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, isoDateTime, viTimeLocale } from '../../../src/lib/format/index.ts';

// npm test pins TZ to America/New_York: these must still print Vietnam time.
const published = new Date('2024-08-12T09:48:00Z');

describe('Vietnam dates and times, whatever the machine time zone', () => {
  it('runs in a time zone other than Vietnam', () => {
    expect(new Date('2024-08-12T09:48:00Z').getTimezoneOffset()).not.toBe(-420);
  });

  it('formatDate(date) is dd/mm/yyyy in Asia/Ho_Chi_Minh', () => {
    expect(formatDate(published)).toBe('12/08/2024');
    // 20:00 UTC on 31 Dec is already 1 Jan in Vietnam.
    expect(formatDate(new Date('2023-12-31T20:00:00Z'))).toBe('01/01/2024');
  });

  it('formatTime(date) is 24-hour hh:mm', () => {
    expect(formatTime(published)).toBe('16:48');
    expect(formatTime(new Date('2024-08-12T17:05:00Z'))).toBe('00:05');
  });

  it('formatDateTime(date) puts the time first, as Vietnamese datelines do', () => {
    expect(formatDateTime(published)).toBe('16:48 12/08/2024');
  });

  it('isoDateTime(date) carries the +07:00 offset', () => {
    expect(isoDateTime(published)).toBe('2024-08-12T16:48:00+07:00');
  });

  it('refuses an invalid date', () => {
    expect(() => formatDate(new Date('not a date'))).toThrow(RangeError);
  });

  it('viTimeLocale names months in Vietnamese', () => {
    expect(viTimeLocale.utcFormat('%B %Y')(new Date(Date.UTC(2024, 7, 1)))).toBe('tháng 8 2024');
  });
});
