import { z } from 'zod';
import { shortestDecimals } from '../data/printed.ts';
import { formatInteger, formatMoney, formatNumber, formatPercent, formatPoints } from '../format/number.ts';

/** How a chart writes its values: the unit, and optionally a fixed number of decimals. */
export const valueFormatSchema = z.strictObject({
  unit: z.enum(['percent', 'points', 'number', 'integer', 'tỷ đồng', 'triệu đồng']),
  /** Decimals for every value; when absent, each value keeps the decimals its source printed. */
  digits: z.int().min(0).max(6).optional(),
});

export type ValueFormat = z.output<typeof valueFormatSchema>;

/**
 * A formatter for a chart's values, in Vietnamese. Pass each value's printed decimals (from
 * `Table.decimals`) as `printed`: a value prints as its source did (3.0 → "3,0%") unless the
 * format fixes `digits`, which wins. Without either, as many decimals as the value has (axis
 * ticks: 60, not 60,0).
 *
 * @example valueFormatter({ unit: 'percent' })(3.78) // '3,78%'
 * @example valueFormatter({ unit: 'percent' })(3, 1) // '3,0%'
 * @example valueFormatter({ unit: 'percent', digits: 2 })(3, 1) // '3,00%'
 */
export function valueFormatter({ unit, digits }: ValueFormat): (value: number, printed?: number) => string {
  const options = (printed: number | undefined) => ({ digits: digits ?? printed });
  switch (unit) {
    case 'percent':
      return (value, printed) => formatPercent(value, options(printed));
    case 'points':
      return (value, printed) => formatPoints(value, options(printed));
    case 'integer':
      return (value) => formatInteger(value);
    case 'number':
      return (value, printed) => formatNumber(value, options(printed));
    case 'tỷ đồng':
    case 'triệu đồng':
      return (value, printed) => formatMoney(value, unit, options(printed));
  }
}

/**
 * The decimals every value of one column is shown with (the values along one axis: tooltips and
 * value labels; one column of a data table): the most any of them was printed with, so that no
 * chart shows "5%" beside "4,98%" ("5,00%" beside "4,98%"). A value whose printed decimals are
 * unknown counts with its shortest form; missing values do not count; undefined when none is
 * left. A spec's `format.digits` still wins over it in `valueFormatter`. Each value keeps its own
 * printed decimals for the CSV download (`TableCell.decimals`).
 *
 * @example columnDecimals([{ value: 5, decimals: 0 }, { value: 4.98, decimals: 2 }]) // 2
 */
export function columnDecimals(values: readonly { value: number | null; decimals?: number }[]): number | undefined {
  const known = values.flatMap((v) => (v.value === null ? [] : [v.decimals ?? shortestDecimals(v.value)]));
  return known.length > 0 ? Math.max(...known) : undefined;
}

/**
 * A formatter for axis ticks: round numbers without forced decimals, whatever the spec's
 * `digits` (0% 50% 100%, never 0,0% 50,0%).
 *
 * @example tickFormatter({ unit: 'percent', digits: 1 })(50) // '50%'
 */
export function tickFormatter(format: ValueFormat): (value: number) => string {
  const formatter = valueFormatter({ ...format, digits: undefined });
  return (value) => formatter(value);
}

/** The short unit for an axis: `%`, `điểm %`, `tỷ đồng`; empty for plain numbers. */
export function axisUnit({ unit }: ValueFormat): string {
  return unit === 'percent' ? '%' : unit === 'points' ? 'điểm %' : unit === 'integer' || unit === 'number' ? '' : unit;
}
