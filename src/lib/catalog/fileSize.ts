import { formatNumber } from '../format/number.ts';

/**
 * A file size in kilobytes (1 KB = 1024 bytes), one decimal; a non-empty file is never "0,0 KB".
 *
 * @example formatFileSize(42141) // '41,2 KB'
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new RangeError(`formatFileSize: not a byte count: ${bytes}`);
  const kb = Math.round((bytes / 1024) * 10) / 10;
  return `${formatNumber(bytes > 0 ? Math.max(kb, 0.1) : 0, { digits: 1 })} KB`;
}
