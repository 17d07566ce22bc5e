import { viFormatLocale } from './locale.ts';

export interface NumberOptions {
  /** Exact number of decimals; by default as many as the value has, up to 6. */
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
