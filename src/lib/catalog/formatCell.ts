import type { ColumnSchema } from '../data/datasetSchema.ts';
import { parseReliability } from '../data/reliability.ts';
import type { Value } from '../data/table.ts';
import { formatInteger, formatNumber, formatPercent } from '../format/number.ts';
import { describeReliability } from '../format/reliability.ts';
import { formatSourceDate } from './sourceDate.ts';

/** What an empty cell shows: a dash, never 0. */
export const MISSING = '–';

/**
 * A validated cell as text, in Vietnamese formats by the column's type, a number with the
 * decimals its source printed (`decimals`, from `Table.decimals`; the shortest form when
 * unknown). Years are not grouped (2016, not 2.016); codes and text stay as they are, but a
 * column listing its `values` shows their labels, and a reliability cell is put in words
 * (columns named by `labelOf`).
 *
 * @example formatCell(3.78, { type: 'percent' }) // '3,78%'
 * @example formatCell(3, { type: 'percent' }, 1) // '3,0%' (the CSV cell was 3.0)
 * @example formatCell(33486, { type: 'integer' }) // '33.486'
 * @example formatCell(null, { type: 'percent' }) // '–'
 * @example formatCell('seen', { type: 'string', values: { seen: 'đọc trên trang' } }) // 'đọc trên trang'
 */
export function formatCell(
  value: Value,
  column: Pick<ColumnSchema, 'type'> & Partial<Pick<ColumnSchema, 'values' | 'separator'>>,
  decimals?: number,
  labelOf?: (column: string) => string,
): string {
  if (value === null) return MISSING;
  if (typeof value === 'string' && column.type === 'reliability') {
    const parsed = parseReliability(value);
    return 'entries' in parsed ? describeReliability(parsed.entries, labelOf) : value;
  }
  if (typeof value === 'string' && column.values) {
    const values = column.values;
    const parts = column.separator ? value.split(column.separator) : [value];
    return parts.map((part) => values[part.trim()] ?? part).join('; ');
  }
  if (typeof value === 'string') return column.type === 'date' ? formatSourceDate(value) : value;
  switch (column.type) {
    case 'percent':
      return formatPercent(value, { digits: decimals });
    case 'integer':
      return formatInteger(value);
    case 'number':
      return formatNumber(value, { digits: decimals });
    default:
      return String(value);
  }
}
