import { z } from 'zod';
import { formatInteger, formatMoney, formatNumber, formatPercent, formatPoints } from '../format/number.ts';

/** How a chart writes its values: the unit, and optionally a fixed number of decimals. */
export const valueFormatSchema = z.strictObject({
  unit: z.enum(['percent', 'points', 'number', 'integer', 'tỷ đồng', 'triệu đồng']),
  digits: z.int().min(0).max(6).optional(),
});

export type ValueFormat = z.output<typeof valueFormatSchema>;

/**
 * A formatter for a chart's values, in Vietnamese.
 *
 * @example valueFormatter({ unit: 'percent' })(3.78) // '3,78%'
 */
export function valueFormatter({ unit, digits }: ValueFormat): (value: number) => string {
  switch (unit) {
    case 'percent':
      return (value) => formatPercent(value, { digits });
    case 'points':
      return (value) => formatPoints(value, { digits });
    case 'integer':
      return formatInteger;
    case 'number':
      return (value) => formatNumber(value, { digits });
    case 'tỷ đồng':
    case 'triệu đồng':
      return (value) => formatMoney(value, unit, { digits });
  }
}

/** The short unit for an axis: `%`, `điểm %`, `tỷ đồng`; empty for plain numbers. */
export function axisUnit({ unit }: ValueFormat): string {
  return unit === 'percent' ? '%' : unit === 'points' ? 'điểm %' : unit === 'integer' || unit === 'number' ? '' : unit;
}
