/**
 * Vietnamese locale definitions for d3-format and d3-time-format, so charts and text format
 * numbers and dates the same way, at build time and in the browser.
 */
import { formatLocale, type FormatLocaleDefinition } from 'd3-format';
import { timeFormatLocale, type TimeLocaleDefinition } from 'd3-time-format';

export const viFormatLocaleDefinition: FormatLocaleDefinition = {
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['', '\u00a0₫'],
  minus: '−',
  percent: '%',
};

export const viTimeLocaleDefinition: TimeLocaleDefinition = {
  dateTime: '%H:%M %d/%m/%Y',
  date: '%d/%m/%Y',
  time: '%H:%M:%S',
  periods: ['SA', 'CH'],
  days: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
  shortDays: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
  months: [
    'tháng 1',
    'tháng 2',
    'tháng 3',
    'tháng 4',
    'tháng 5',
    'tháng 6',
    'tháng 7',
    'tháng 8',
    'tháng 9',
    'tháng 10',
    'tháng 11',
    'tháng 12',
  ],
  shortMonths: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
};

/** d3-format locale: `viFormat(',.1f')(1417.3)` → `1.417,3`. */
export const viFormatLocale = formatLocale(viFormatLocaleDefinition);

/** d3-time-format locale; pair it with times already shifted to Vietnam time (see date.ts). */
export const viTimeLocale = timeFormatLocale(viTimeLocaleDefinition);
