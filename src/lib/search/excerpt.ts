/**
 * Search result excerpts written from the page's own sentences. Pagefind's excerpt is a window
 * of words around a match: it can fall in the folded words indexed after the text (`dien do den
 * …`), in a run of numbers, or mark only "Biên" of "Điện Biên". This picks the sentence that
 * holds the whole query best and marks the query where it stands, matched without diacritics.
 */
import { foldVietnamese } from './fold.ts';

/**
 * Written before the folded words the index adds after a page's text (`src/integrations/search.ts`):
 * what follows it is for matching only, never shown.
 */
export const FOLDED_MARKER = '⁂';

export interface Excerpt {
  text: string;
  /** `[start, end)` character ranges of `text` to mark. */
  marks: [number, number][];
}

const MAX_LENGTH = 200;

/**
 * A text folded one character at a time, so that every folded index is the index of the same
 * character in the original: `Điện` → `dien`, position for position.
 */
function foldInPlace(text: string): string {
  return [...text].map((c) => (foldVietnamese(c).length === c.length ? foldVietnamese(c) : c)).join('');
}

/** Whether a sentence is prose, not a row of figures (`42,9 26,1 13,8 …`) or a date. */
function isProse(sentence: string): boolean {
  const letters = sentence.match(/\p{L}/gu)?.length ?? 0;
  const digits = sentence.match(/\d/g)?.length ?? 0;
  return letters >= 12 && letters >= 2 * digits;
}

/** Ranges where a folded term starts a word of the folded text. */
function termRanges(folded: string, term: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (term === '') return ranges;
  for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1])) ranges.push([at, at + term.length]);
  }
  return ranges;
}

/** The query's marks in a text: the whole query where it stands, else each of its words. */
function marksIn(text: string, query: string): [number, number][] {
  const folded = foldInPlace(text);
  const phrase = foldVietnamese(query).trim().replace(/\s+/g, ' ');
  const whole = termRanges(folded, phrase);
  if (whole.length > 0) return whole;
  return phrase
    .split(' ')
    .flatMap((term) => termRanges(folded, term))
    .sort((a, b) => a[0] - b[0]);
}

/**
 * The excerpt for a result: the page's best sentence for the query (the whole query first, then
 * the most of its words, then the earliest), or its first sentence of prose when no sentence
 * holds it (a match in the title); cut to about 200 characters around the first mark.
 *
 * @example searchExcerpt('Lai Châu. Tỷ lệ hộ nghèo của Điện Biên giảm. ⁂ dien', 'dien bien')
 * // { text: 'Tỷ lệ hộ nghèo của Điện Biên giảm.', marks: [[19, 29]] }
 */
export function searchExcerpt(content: string, query: string): Excerpt {
  const marker = content.lastIndexOf(FOLDED_MARKER);
  const text = (marker >= 0 ? content.slice(0, marker) : content).replace(/\s+/g, ' ').trim();
  const sentences = text
    .split(/(?<=[.!?…])\s+/u)
    .map((s) => s.trim())
    .filter(isProse);
  if (sentences.length === 0) return { text: '', marks: [] };
  const phrase = foldVietnamese(query).trim().replace(/\s+/g, ' ');
  const terms = phrase.split(' ');
  const score = (sentence: string) => {
    const folded = foldInPlace(sentence);
    if (termRanges(folded, phrase).length > 0) return terms.length + 1;
    return terms.filter((term) => termRanges(folded, term).length > 0).length;
  };
  let best = sentences[0];
  let bestScore = 0;
  for (const sentence of sentences) {
    const s = score(sentence);
    if (s > bestScore) [best, bestScore] = [sentence, s];
  }
  return cut(best, bestScore > 0 ? marksIn(best, query) : []);
}

/** A sentence cut to about `MAX_LENGTH` characters at word boundaries, keeping its first mark in view. */
function cut(sentence: string, marks: [number, number][]): Excerpt {
  if (sentence.length <= MAX_LENGTH) return { text: sentence, marks };
  const focus = marks[0]?.[0] ?? 0;
  let start = Math.max(0, focus - MAX_LENGTH / 3);
  if (start > 0) start = sentence.indexOf(' ', start) + 1 || start;
  let end = Math.min(sentence.length, start + MAX_LENGTH);
  if (end < sentence.length) end = sentence.lastIndexOf(' ', end) > start ? sentence.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '…' : '';
  const text = prefix + sentence.slice(start, end) + (end < sentence.length ? '…' : '');
  const shift = prefix.length - start;
  return {
    text,
    marks: marks.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a + shift, b + shift]),
  };
}
