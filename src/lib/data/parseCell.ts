import { PARAGRAPH_MAX } from '../text/fields.ts';
import { textProblem } from '../text/safeText.ts';
import { say, type Said } from '../ui/messages.ts';
import type { ColumnSchema } from './datasetSchema.ts';
import type { Value } from './table.ts';

export type Decimal = '.' | ',';

/** A typed cell, with the decimals it was printed with when it is a number (not a year); or what is wrong with it. */
export type CellResult = { value: Value; decimals?: number } | { problem: Said };

/** Cells that mean "no value": empty, or GSO's `..`. */
export function isMissing(cell: string): boolean {
  const trimmed = cell.trim();
  return trimmed === '' || trimmed === '..';
}

const plainNumber = /^-?\d+(\.\d+)?$/;
const vietnameseNumber = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

/**
 * Reads a number written as the file declares: `1417.3`, or `1.417,3` where `.` groups
 * thousands. Anything else is rejected, never guessed.
 *
 * @example parseNumber('1.417,3', ',') // 1417.3
 */
export function parseNumber(cell: string, decimal: Decimal): number | undefined {
  const text = cell.trim();
  if (decimal === '.') return plainNumber.test(text) ? Number(text) : undefined;
  return vietnameseNumber.test(text) ? Number(text.replaceAll('.', '').replace(',', '.')) : undefined;
}

/**
 * How many decimals a number cell was written with, counted from its text: what follows the
 * file's decimal mark. Call it on a cell `parseNumber` accepted.
 *
 * @example printedDecimals('3.0', '.') // 1
 * @example printedDecimals('1.417,3', ',') // 1 (the '.' groups thousands)
 * @example printedDecimals('33486', '.') // 0
 */
export function printedDecimals(cell: string, decimal: Decimal): number {
  const text = cell.trim();
  const mark = text.lastIndexOf(decimal);
  // In a "," file, '.' only groups thousands; a number without its decimal mark has none.
  return mark === -1 ? 0 : text.length - mark - 1;
}

/** Why a cell is not a number, as precisely as its text tells: a % sign, the other decimal mark. */
function notANumber(cell: string, decimal: Decimal): Said {
  const text = cell.trim();
  if (text.endsWith('%') && parseNumber(text.slice(0, -1), decimal) !== undefined) return say('cell.percentSign');
  if (decimal === '.' && parseNumber(text, ',') !== undefined) return say('cell.commaDecimal');
  return say(decimal === ',' ? 'cell.notANumberComma' : 'cell.notANumber');
}

/** True when the date exists: 31/02/2024 does not. */
function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseDate(cell: string): string | undefined {
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : vietnamese
      ? [Number(vietnamese[3]), Number(vietnamese[2]), Number(vietnamese[1])]
      : [NaN, NaN, NaN];
  if (!isRealDate(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Turns one non-missing cell into its typed value, or says why it cannot. A number also gives
 * the decimals it was printed with (`3.0` → 1), which its value alone loses.
 * Range, pattern and reference checks come after, in validateTable.
 */
export function parseCell(cell: string, column: ColumnSchema, decimal: Decimal): CellResult {
  switch (column.type) {
    case 'string':
    case 'code':
    case 'reliability': {
      const problem = textProblem(cell, PARAGRAPH_MAX);
      return problem ? { problem } : { value: cell };
    }
    case 'date': {
      const date = parseDate(cell);
      return date === undefined ? { problem: say('cell.notADate') } : { value: date };
    }
    case 'year': {
      const text = cell.trim();
      return /^\d{4}$/.test(text) ? { value: Number(text) } : { problem: say('cell.notAYear') };
    }
    case 'integer': {
      const value = parseNumber(cell, decimal);
      if (value === undefined) return { problem: notANumber(cell, decimal) };
      return Number.isInteger(value)
        ? { value, decimals: printedDecimals(cell, decimal) }
        : { problem: say('cell.notAWholeNumber', { column: column.name }) };
    }
    case 'number':
    case 'percent': {
      const value = parseNumber(cell, decimal);
      return value === undefined ? { problem: notANumber(cell, decimal) } : { value, decimals: printedDecimals(cell, decimal) };
    }
  }
}
