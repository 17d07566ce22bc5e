import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapText } from '../../../src/lib/text/textWidth.ts';

describe('textWidth(text, fontSize)', () => {
  it('measures each character: W is wider than i, and a longer name is wider', () => {
    expect(textWidth('W', 12)).toBeGreaterThan(textWidth('i', 12) * 3);
    expect(textWidth('Thành phố Hồ Chí Minh', 12)).toBeGreaterThan(textWidth('Lai Châu', 12) * 2);
    expect(textWidth('iiii', 12)).toBeLessThan(textWidth('mmmm', 12) / 2);
  });

  it('measures a letter with diacritics as its base letter, in NFC and NFD alike', () => {
    for (const word of ['Hồ', 'Đắk Lắk', 'Thừa Thiên Huế', 'Bà Rịa - Vũng Tàu', 'ặ ỗ ữ']) {
      expect(textWidth(word.normalize('NFC'), 13), word).toBe(textWidth(word.normalize('NFD'), 13));
    }
    expect(textWidth('Hồ', 12)).toBe(textWidth('Ho', 12));
    expect(textWidth('ữ', 12)).toBe(textWidth('u', 12));
  });

  it('gives đ and Đ widths of their own, which NFD does not decompose', () => {
    expect(textWidth('đ', 10)).toBe(textWidth('d', 10));
    expect(textWidth('Điện Biên', 10)).toBe(textWidth('Dien Bien', 10));
  });

  it('scales with the font size', () => {
    expect(textWidth('Lai Châu', 24)).toBeCloseTo(textWidth('Lai Châu', 12) * 2, 9);
    expect(textWidth('', 12)).toBe(0);
  });
});

describe('fitText(text, fontSize, maxWidth)', () => {
  it('keeps a text that fits whole', () => {
    expect(fitText('Lai Châu', 12, 100)).toBe('Lai Châu');
  });

  it('cuts a longer text with "…" to fit the width, ellipsis included, in NFC', () => {
    const cut = fitText('Thành phố Hồ Chí Minh', 12, 60);
    expect(cut).toBe('Thành…');
    expect(cut.normalize('NFC')).toBe(cut);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(60);
    expect(fitText('Thành phố Hồ Chí Minh'.normalize('NFD'), 12, 60)).toBe(cut);
  });

  it('keeps one character at least, so that a label never vanishes', () => {
    expect(fitText('Đồng bằng sông Hồng', 12, 1)).toBe('Đ…');
  });
});

describe('wrapText(text, fontSize, maxWidth)', () => {
  it('breaks at spaces by measured width, every line within it', () => {
    const text = 'Tỷ lệ hộ nghèo theo chuẩn đa chiều của các tỉnh Trung du và miền núi phía Bắc, 2016–2023';
    const lines = wrapText(text, 13, 160);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 13), line).toBeLessThanOrEqual(160);
  });

  it('fills a line with narrow letters further than with wide ones', () => {
    expect(wrapText('iiii iiii iiii iiii', 12, 64)).toHaveLength(1);
    expect(wrapText('MMMM MMMM MMMM MMMM', 12, 64).length).toBeGreaterThan(1);
  });

  it('cuts a single word wider than the line with "…" rather than overflow', () => {
    const lines = wrapText('Nguồn: https://www.gso.gov.vn/du-lieu-va-so-lieu-thong-ke/2024/ trang 12', 12, 120);
    expect(lines[0]).toBe('Nguồn:');
    expect(lines[1].endsWith('…')).toBe(true);
    expect(lines[2]).toBe('trang 12');
    for (const line of lines) expect(textWidth(line, 12), line).toBeLessThanOrEqual(120);
  });

  it('gives no line for empty text', () => {
    expect(wrapText('', 12, 100)).toEqual([]);
    expect(wrapText('   ', 12, 100)).toEqual([]);
  });
});

describe('textWidth for bold labels', () => {
  it('leaves more room for semibold and bold text, which sets wider', () => {
    expect(textWidth('Miền núi phía Bắc', 13, 600)).toBeGreaterThan(textWidth('Miền núi phía Bắc', 13) * 1.1);
    expect(textWidth('Miền núi phía Bắc', 13, 500)).toBe(textWidth('Miền núi phía Bắc', 13));
  });
});
