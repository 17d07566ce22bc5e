import { textWidth } from '../charts/layout.ts';

/**
 * `text` broken into lines no wider than `maxWidth` at `fontSize`, at spaces, measured rather
 * than counted. A word wider than `maxWidth` keeps a line of its own (never cut).
 *
 * @example wrapText('Lai Châu so với cả nước', 13, 100) // ['Lai Châu so', 'với cả nước']
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
