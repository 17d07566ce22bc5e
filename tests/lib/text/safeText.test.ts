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
      ['Lai\u0007Châu', 3, /U\+0007 \(bell\)/],
      ['\u0000', 0, /U\+0000/],
      ['Tiêu đề\u000Bdòng hai', 7, /U\+000B \(vertical tab, how Word pastes a line break\)/],
      ['x\u0085', 1, /U\+0085 \(control character\)/],
      ['Nguồn: \u202Egsoc', 7, /U\+202E \(right-to-left override/],
      ['a\u2067b', 1, /U\+2067/],
      ['a\uFFFF', 1, /U\+FFFF \(noncharacter\)/],
      ['a\uFDD0', 1, /noncharacter/],
      ['😀\u{1FFFE}', 2, /U\+1FFFE/],
      ['a\uD800b', 1, /lone surrogate/],
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
      'invisible character U+000B (vertical tab, how Word pastes a line break) at character 4',
    );
    expect(textProblem('x'.repeat(20_000), 200)?.message).toBe('20000 characters, more than the 200 this field takes');
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
