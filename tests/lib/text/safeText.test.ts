import { describe, expect, it } from 'vitest';
import { findUnsafeCharacter, textProblem, visible } from '../../../src/lib/text/safeText.ts';

describe('findUnsafeCharacter(text)', () => {
  it('accepts Vietnamese in NFC and NFD, tabs and line breaks', () => {
    for (const text of [
      'Lai Châu',
      'Điện Biên ặ ỗ ữ',
      'Lai Châu'.normalize('NFD'),
      'a\tb\nc\r\n',
      '🎉 ★ “trích dẫn” – 1.417,3',
    ]) {
      expect(findUnsafeCharacter(text), text).toBeNull();
    }
  });

  it('finds control characters, direction overrides, noncharacters and lone surrogates, with their place', () => {
    const cases: [string, number, RegExp][] = [
      ['Lai\u0007Châu', 3, /U\+0007 \(ký tự chuông \(bell\)\)/],
      ['\u0000', 0, /U\+0000/],
      ['Tiêu đề\u000Bdòng hai', 7, /U\+000B \(tab dọc, cách Word dán một lần xuống dòng\)/],
      ['x\u0085', 1, /U\+0085 \(ký tự điều khiển\)/],
      ['Nguồn: \u202Egsoc', 7, /U\+202E \(ký tự định hướng: ép phải sang trái/],
      ['a\u2067b', 1, /U\+2067/],
      ['a\uFFFF', 1, /U\+FFFF \(mã không phải ký tự \(noncharacter\)\)/],
      ['a\uFDD0', 1, /noncharacter/],
      ['😀\u{1FFFE}', 2, /U\+1FFFE/],
      ['a\uD800b', 1, /surrogate lẻ/],
    ];
    for (const [text, index, name] of cases) {
      const found = findUnsafeCharacter(text);
      expect(found?.index, JSON.stringify(text)).toBe(index);
      expect(found?.name).toMatch(name);
    }
  });
});

describe('textProblem(text, max)', () => {
  it('says which character and where, or that the text is too long', () => {
    expect(textProblem('Lai Châu', 200)).toBeNull();
    expect(textProblem('Lai\u000BChâu', 200)?.message).toBe(
      'có ký tự ẩn U+000B (tab dọc, cách Word dán một lần xuống dòng) ở ký tự thứ 4',
    );
    expect(textProblem('x'.repeat(20_000), 200)?.message).toBe('dài 20000 ký tự, quá 200 ký tự mà trường này nhận');
    // Characters, not UTF-16 units: 200 emoji fit in 200.
    expect(textProblem('🎉'.repeat(200), 200)).toBeNull();
  });
});

describe('visible(text)', () => {
  it('writes unsafe characters as codes, so a message shows them instead of obeying them', () => {
    expect(visible('abc\u202Edef\u0007')).toBe('abc\\u{202E}def\\u{7}');
    expect(visible('Điện Biên')).toBe('Điện Biên');
  });
});
