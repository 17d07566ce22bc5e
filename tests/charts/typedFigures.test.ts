import { globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { say } from '../../src/lib/ui/messages.ts';

/**
 * Figures typed by hand (not read from data by <DataValue>) in chart notes and story prose: each
 * must trace to a file of data/, where the sources' numbers and notes are. Counts and years are
 * left out: "14 tỉnh", "2016–2020".
 */
const root = join(import.meta.dirname, '../..');
const data = globSync('data/**/*.{csv,yaml,md}', { cwd: root })
  .map((file) => readFileSync(join(root, file), 'utf8'))
  .join('\n');

/** Vietnamese figures with a decimal comma, thousands dots or a percent sign: 58,2 · 1.417,3 · 33.486 · 99%. */
const figure = /(?<![\d.,/])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+(?=\s?%))(?![\d/])/g;

/** The ways data/ may write a Vietnamese figure: 1.417,3 → 1417.3, 1,417.3 or 1.417,3. */
function spellings(vietnamese: string): string[] {
  const [whole, decimals] = vietnamese.split(',');
  const digits = whole.replaceAll('.', '');
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  const tail = decimals === undefined ? '' : `.${decimals}`;
  return [...new Set([`${digits}${tail}`, `${grouped}${tail}`, vietnamese])];
}

const inData = (vietnamese: string) =>
  // Not inside a longer number; a comma before is a CSV separator (CSV numbers carry no thousands commas).
  spellings(vietnamese).some((spelling) => new RegExp(`(?<![\\d.])${spelling.replace(/[.]/g, '\\.')}(?![\\d])`).test(data));

const typedFigures = (text: string) => text.match(figure) ?? [];

/** What `npm test` tells the editor about a typed figure not found in data/: the file and line of its first use. */
function notInData(figure: string, file: string, source: string): string {
  const line = source.split('\n').findIndex((l) => l.includes(figure)) + 1;
  const { message, hint } = say('story.typedFigure', { figure });
  return `${file}:${line}: ${message}\n    → ${hint}`;
}

describe('figures typed in chart notes', () => {
  for (const file of readdirSync(join(root, 'src/content/charts')).filter((f) => f.endsWith('.yaml'))) {
    it(file, () => {
      const source = readFileSync(join(root, 'src/content/charts', file), 'utf8');
      const spec = parse(source) as { notes?: string[]; subtitle?: string };
      const text = [...(spec.notes ?? []), spec.subtitle ?? ''].join('\n');
      for (const figure of typedFigures(text))
        expect(inData(figure), notInData(figure, `src/content/charts/${file}`, source)).toBe(true);
    });
  }
});

describe('figures typed in story prose', () => {
  for (const file of readdirSync(join(root, 'src/content/stories')).filter((f) => /\.mdx?$/.test(f))) {
    it(file, () => {
      const source = readFileSync(join(root, 'src/content/stories', file), 'utf8');
      const [, frontMatter, body] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source)!;
      const meta = parse(frontMatter) as { title: string; lede: string; corrections?: { text: string }[] };
      // Numbers read from data are components; what is left is typed.
      const prose = body.replace(/<[A-Z][\s\S]*?\/>/g, ' ').replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
      const text = [meta.title, meta.lede, ...(meta.corrections ?? []).map((c) => c.text), prose].join('\n');
      for (const figure of typedFigures(text))
        expect(inData(figure), notInData(figure, `src/content/stories/${file}`, source)).toBe(true);
    });
  }

  it('finds a figure typed without a source', () => {
    expect(typedFigures('Tỷ lệ là 12,345% và 1.234.567 hộ, năm 2016, 14 tỉnh, Nghị quyết 202/2025/QH15.')).toEqual([
      '12,345',
      '1.234.567',
    ]);
    expect(inData('12,345')).toBe(false);
    expect(inData('58,2')).toBe(true);
    expect(inData('1.417,3')).toBe(true);
    // A value after a CSV separator: Hà Tây's 99.1 in the electricity table.
    expect(inData('99,1')).toBe(true);
  });
});
