import type { ColumnSchema } from '../data/datasetSchema.ts';
import type { Value } from '../data/table.ts';
import { formatInteger, formatNumber, formatPercent } from '../format/number.ts';
import { formatSourceDate } from './sourceDate.ts';

/** What an empty cell shows: a dash, never 0. */
export const MISSING = '–';

/**
 * A validated cell as text, in Vietnamese formats by the column's type. Years are not grouped
 * (2016, not 2.016); codes and text stay as they are.
 *
 * @example formatCell(3.78, { type: 'percent' }) // '3,78%'
 * @example formatCell(33486, { type: 'integer' }) // '33.486'
 * @example formatCell(null, { type: 'percent' }) // '–'
 */
export function formatCell(value: Value, column: Pick<ColumnSchema, 'type'>): string {
  if (value === null) return MISSING;
  if (typeof value === 'string') return column.type === 'date' ? formatSourceDate(value) : value;
  switch (column.type) {
    case 'percent':
      return formatPercent(value);
    case 'integer':
      return formatInteger(value);
    case 'number':
      return formatNumber(value);
    default:
      return String(value);
  }
}
