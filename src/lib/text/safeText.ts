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

export interface UnsafeCharacter {
  /** Index in the string (UTF-16 units), for columns: add 1. */
  index: number;
  codePoint: number;
  /** What the character is, in words, with its code: `U+000B (vertical tab…)`. */
  name: string;
}

const names: Record<number, string> = {
  0x00: 'null character',
  0x07: 'bell',
  0x08: 'backspace',
  0x0b: 'vertical tab, how Word pastes a line break',
  0x0c: 'form feed, how Word pastes a page break',
  0x1b: 'escape',
  0x7f: 'delete',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override, which reverses the text after it',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

function kind(codePoint: number): string | null {
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return null;
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return names[codePoint] ?? 'control character';
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) return names[codePoint];
  if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe) return 'noncharacter';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'lone surrogate, half of a broken character';
  return null;
}

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character of `text` that must not be published, or null.
 *
 * @example findUnsafeCharacter('Lai Châu\u000B2024') // { index: 8, codePoint: 11, name: 'U+000B (vertical tab, …)' }
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

/** What is wrong with `text` as published text at most `max` characters long, or null. */
export function textProblem(text: string, max: number): { message: string; hint: string } | null {
  const unsafe = findUnsafeCharacter(text);
  if (unsafe) {
    return {
      message: `invisible character ${unsafe.name} at character ${unsafe.index + 1}`,
      hint: 'delete it (retype the text around it, or paste it as plain text)',
    };
  }
  const length = [...text].length;
  if (length > max) {
    return {
      message: `${length} characters, more than the ${max} this field takes`,
      hint: 'shorten it; a long explanation belongs in a note or in the story',
    };
  }
  return null;
}
