import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../src/lib/catalog/fileSize.ts';

describe('formatFileSize(bytes)', () => {
  it('writes kilobytes of 1024 bytes with one decimal and a comma', () => {
    expect(formatFileSize(42141)).toBe('41,2 KB');
    expect(formatFileSize(110743)).toBe('108,1 KB');
    expect(formatFileSize(1024)).toBe('1,0 KB');
    expect(formatFileSize(2_000_000)).toBe('1.953,1 KB');
  });

  it('never shows a non-empty file as 0,0 KB', () => {
    expect(formatFileSize(20)).toBe('0,1 KB');
    expect(formatFileSize(0)).toBe('0,0 KB');
  });

  it('throws on a value that is not a byte count', () => {
    expect(() => formatFileSize(-1)).toThrow(RangeError);
    expect(() => formatFileSize(1.5)).toThrow(RangeError);
  });
});
