import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/lib/charts/layout.ts';
import { wrapText } from '../../../src/lib/text/textWidth.ts';

describe('wrapText(text, fontSize, maxWidth)', () => {
  it('breaks at spaces into lines no wider than maxWidth', () => {
    const text = 'Số năm 2016 là số sơ bộ, vẫn theo chuẩn thu nhập, không phải chuẩn nghèo đa chiều.';
    const lines = wrapText(text, 13, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(200);
  });

  it('keeps a word wider than maxWidth whole, on a line of its own', () => {
    expect(wrapText('a https://thuocdo.vn/bieu-do/ban-do-ty-le-ho-ngheo-2006-2016/ b', 13, 60)).toEqual([
      'a',
      'https://thuocdo.vn/bieu-do/ban-do-ty-le-ho-ngheo-2006-2016/',
      'b',
    ]);
  });

  it('returns no line for empty text', () => {
    expect(wrapText('  ', 13, 100)).toEqual([]);
  });
});
