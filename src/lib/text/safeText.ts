/**
 * One check for every piece of text an editor gives the site (CSV cells, schema and chart
 * fields, front matter, story files): no invisible characters that break what we publish, and
 * no text too long to lay out. Such text is refused with the place and the character, never
 * cleaned silently: what an editor typed is what readers see.
 *
 * - C0 and C1 control characters (except tab, line feed, carriage return) and DEL: XML forbids
 *   most of them, so they break the RSS feed, SVG files and the PNG renderer. A vertical tab is
 *   how Word pastes a line break.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
 *   reverse the text after them, so a source line or a label could read other than it is.
 * - Noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) and lone surrogates: not text at all.
 */

import { say, type Said } from '../ui/messages.ts';

export interface UnsafeCharacter {
  /** Index in the string (UTF-16 units), for columns: add 1. */
  index: number;
  codePoint: number;
  /** What the character is, in Vietnamese words, with its code: `U+000B (tab dọc, …)`. */
  name: string;
}

/** What each character is, in Vietnamese: editors read these names in error messages. */
const names: Record<number, string> = {
  0x00: 'ký tự rỗng (null)',
  0x07: 'ký tự chuông (bell)',
  0x08: 'ký tự xóa lùi (backspace)',
  0x0b: 'tab dọc, cách Word dán một lần xuống dòng',
  0x0c: 'ngắt trang, cách Word dán một lần sang trang',
  0x1b: 'ký tự escape',
  0x7f: 'ký tự delete',
  0x202a: 'ký tự định hướng: nhúng trái sang phải',
  0x202b: 'ký tự định hướng: nhúng phải sang trái',
  0x202c: 'ký tự định hướng: kết thúc định hướng',
  0x202d: 'ký tự định hướng: ép trái sang phải',
  0x202e: 'ký tự định hướng: ép phải sang trái, đảo ngược chữ phía sau',
  0x2066: 'ký tự định hướng: cô lập trái sang phải',
  0x2067: 'ký tự định hướng: cô lập phải sang trái',
  0x2068: 'ký tự định hướng: cô lập theo chữ đầu',
  0x2069: 'ký tự định hướng: kết thúc cô lập',
};

function kind(codePoint: number): string | null {
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return null;
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return names[codePoint] ?? 'ký tự điều khiển';
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) return names[codePoint];
  if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe)
    return 'mã không phải ký tự (noncharacter)';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'nửa ký tự bị vỡ (surrogate lẻ)';
  return null;
}

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character of `text` that must not be published, or null.
 *
 * @example findUnsafeCharacter('Lai Châu\u000B2024') // { index: 8, codePoint: 11, name: 'U+000B (tab dọc, …)' }
 */
export function findUnsafeCharacter(text: string): UnsafeCharacter | null {
  let index = 0;
  // for…of walks code points: a lone surrogate comes out on its own.
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const what = kind(codePoint);
    if (what) return { index, codePoint, name: `${hex(codePoint)} (${what})` };
    index += char.length;
  }
  return null;
}

/**
 * `text` with every unsafe character written as its code (`\u202E`), for error messages: a
 * message must show the character, not obey it.
 */
export function visible(text: string): string {
  let out = '';
  for (const char of text) out += kind(char.codePointAt(0)!) ? `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}` : char;
  return out;
}

/** What is wrong with `text` as published text at most `max` characters long (a catalogue message), or null. */
export function textProblem(text: string, max: number): Said | null {
  const unsafe = findUnsafeCharacter(text);
  if (unsafe) return say('text.invisible', { character: unsafe.name, index: unsafe.index + 1 });
  const length = [...text].length;
  if (length > max) return say('text.tooLong', { length, maximum: max });
  return null;
}
