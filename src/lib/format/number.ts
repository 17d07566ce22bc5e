import { viFormatLocale } from './locale.ts';

export interface NumberOptions {
  /**
   * Exact number of decimals; by default as many as the value has, up to 6 (so 3.0 prints "3").
   * To print a data value as its source did, pass the decimals it was printed with
   * (`Table.decimals`, `Printed.decimals`): 3.0 with 1 digit prints "3,0".
   */
  digits?: number;
}

const formatters = new Map<string, (n: number) => string>();
function formatter(specifier: string): (n: number) => string {
  let format = formatters.get(specifier);
  if (!format) formatters.set(specifier, (format = viFormatLocale.format(specifier)));
  return format;
}

/**
 * A number the Vietnamese way: `.` groups thousands, `,` marks decimals.
 *
 * @example formatNumber(1417.3) // '1.417,3'
 * @example formatNumber(3.1, { digits: 2 }) // '3,10'
 */
export function formatNumber(value: number, { digits }: NumberOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatNumber: not a finite number: ${value}`);
  return formatter(digits === undefined ? ',.6~f' : `,.${digits}f`)(value);
}

/**
 * A whole number with thousands grouped; throws on a fraction rather than rounding it away.
 *
 * @example formatInteger(33486) // '33.486'
 */
export function formatInteger(value: number): string {
  if (!Number.isInteger(value)) throw new RangeError(`formatInteger: not a whole number: ${value}`);
  return formatter(',d')(value);
}

/**
 * A value already in percent (3.78 means 3,78 %), written without a space as Vietnamese
 * newsrooms do.
 *
 * @example formatPercent(3.78) // '3,78%'
 */
export function formatPercent(value: number, options?: NumberOptions): string {
  return `${formatNumber(value, options)}%`;
}

/**
 * A difference between two percentages, in percentage points.
 *
 * @example formatPoints(-3.01) // '−3,01 điểm %'
 */
export function formatPoints(value: number, options?: NumberOptions): string {
  return `${formatNumber(value, options)} điểm %`;
}

export type MoneyUnit = 'tỷ đồng' | 'triệu đồng';

/**
 * An amount already in the given unit, spelled out (never the ambiguous short form `1,2 T`).
 *
 * @example formatMoney(1417.3, 'tỷ đồng') // '1.417,3 tỷ đồng'
 */
export function formatMoney(value: number, unit: MoneyUnit, options?: NumberOptions): string {
  return `${formatNumber(value, options)} ${unit}`;
}

/**
 * A number for machines (CSV downloads): `.` as decimal mark, no grouping, ASCII minus, with
 * exactly `digits` decimals when given (the decimals its source printed), else as many as the
 * value has, up to 6.
 *
 * @example plainNumber(3, { digits: 1 }) // '3.0'
 * @example plainNumber(-1417.25) // '-1417.25'
 */
export function plainNumber(value: number, { digits }: NumberOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`plainNumber: not a finite number: ${value}`);
  const text = digits === undefined ? value.toFixed(6).replace(/\.?0+$/, '') : value.toFixed(digits);
  // toFixed keeps the sign of a negative value rounded to zero: -0.04 with 1 digit is '-0.0'.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
