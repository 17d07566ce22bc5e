/**
 * Widths of characters in a sans-serif UI font, in hundredths of an em: Observable Plot's
 * `defaultWidthMap` (src/marks/text.js, ISC licence, © Observable, Inc.), measured at 10 px
 * system-ui, plus the letters and signs our charts print that it lacks (đ, Đ, %, dashes…), taken
 * from their neighbours in the same fonts.
 */
// prettier-ignore
const widths: Record<string, number> = {
  a: 56, b: 63, c: 57, d: 63, e: 58, f: 37, g: 62, h: 60, i: 26, j: 26, k: 55, l: 26, m: 88,
  n: 60, o: 60, p: 62, q: 62, r: 39, s: 54, t: 38, u: 60, v: 55, w: 79, x: 54, y: 55, z: 55,
  A: 69, B: 67, C: 73, D: 74, E: 61, F: 58, G: 76, H: 75, I: 28, J: 55, K: 67, L: 58, M: 89,
  N: 75, O: 78, P: 65, Q: 78, R: 67, S: 65, T: 65, U: 75, V: 69, W: 98, X: 69, Y: 67, Z: 67,
  0: 64, 1: 48, 2: 62, 3: 64, 4: 66, 5: 63, 6: 65, 7: 58, 8: 65, 9: 65,
  ' ': 29, '!': 32, '"': 49, "'": 31, '(': 39, ')': 39, ',': 31, '-': 48, '.': 31, '/': 32,
  ':': 31, ';': 31, '?': 52, '‘': 31, '’': 31, '“': 47, '”': 47, '…': 82,
  // Ours: đ and Đ do not decompose under NFD; the stroke adds nothing to d and D.
  đ: 63, Đ: 74,
  '%': 89, '–': 56, '—': 100, '−': 58, '+': 58, '=': 58, '*': 39, '≈': 58, '·': 28, '×': 58, '[': 33, ']': 33,
};

/** An unknown character is as wide as an `e`, as Plot assumes. */
const FALLBACK = widths.e;

/** Combining marks: a Vietnamese tone or vowel mark sits above or below its letter and adds no width. */
const combining = /\p{M}/u;

/** The widths of each character of `text` in ems, letters with diacritics measured as their base letter. */
function charWidths(text: string): { char: string; width: number }[] {
  const chars: { char: string; width: number }[] = [];
  for (const char of text.normalize('NFD')) {
    if (combining.test(char)) {
      if (chars.length > 0) chars[chars.length - 1].char += char;
      continue;
    }
    chars.push({ char, width: (widths[char] ?? FALLBACK) / 100 });
  }
  return chars;
}

/**
 * How much wider than Plot's map the widest UI font readers get sets text: DejaVu Sans (a Linux
 * `system-ui`) measured 2–6% wider in Chromium; Noto Sans, Roboto and Arial are narrower. Room
 * left for a label is measured for the widest, so that no font clips it.
 */
const WIDEST_FONT = 1.06;
/** Semibold and bold (600, 700) set 12–18% wider than regular in the same fonts. */
const BOLD = 1.15;

/**
 * The width of `text` set in the chart's sans-serif font at `fontSize` (regular, or `weight` 600
 * and above as bold), from per-character widths; NFC and NFD spellings measure the same ('Hồ' as
 * 'Ho'). Generous: the widest common UI font.
 *
 * @example textWidth('Lai Châu', 12) // ≈ 53
 */
export function textWidth(text: string, fontSize: number, weight = 400): number {
  return charWidths(text).reduce((sum, c) => sum + c.width, 0) * fontSize * scale(weight);
}

const scale = (weight: number) => WIDEST_FONT * (weight >= 600 ? BOLD : 1);

/**
 * `text` cut with "…" to fit `maxWidth` (the ellipsis included); whole when it fits. The result
 * is NFC. At least one character is kept, so that a label never vanishes.
 *
 * @example fitText('Thành phố Hồ Chí Minh', 12, 60) // 'Thành…'
 */
export function fitText(text: string, fontSize: number, maxWidth: number, weight = 400): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  const room = maxWidth - textWidth('…', fontSize, weight);
  const size = fontSize * scale(weight);
  const chars = charWidths(text);
  let used = 0;
  let keep = 0;
  while (keep < chars.length && used + chars[keep].width * size <= room) used += chars[keep++].width * size;
  const kept = chars.slice(0, Math.max(1, keep)).map((c) => c.char);
  return (kept.join('').trimEnd() + '…').normalize('NFC');
}

/**
 * `text` in lines no wider than `maxWidth` at `fontSize`, broken at spaces; a word wider than a
 * line on its own is cut with "…" (see `fitText`), so no line ever overflows.
 *
 * @example wrapText('Tỷ lệ hộ nghèo theo chuẩn đa chiều', 13, 120) // ['Tỷ lệ hộ nghèo', 'theo chuẩn đa', 'chiều']
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
    if (textWidth(line, fontSize) > maxWidth) {
      lines.push(fitText(line, fontSize, maxWidth));
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines;
}
