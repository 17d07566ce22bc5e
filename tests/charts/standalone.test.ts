import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * A chart's title, subtitle and notes travel into its PNG and SVG, where nothing can be clicked:
 * they must not ask the reader to click, tap or choose (the page's controls say that themselves).
 */
const chartDir = join(import.meta.dirname, '../../src/content/charts');
const interaction = /\b(bấm|nhấn|chạm|chọn năm|rê chuột|di chuột|click)\b/iu;

describe('chart texts that go into exports', () => {
  for (const file of readdirSync(chartDir).filter((f) => f.endsWith('.yaml'))) {
    it(`${file} asks nothing of a reader who cannot click`, () => {
      const spec = parse(readFileSync(join(chartDir, file), 'utf8')) as { title: string; subtitle?: string; notes?: string[] };
      for (const text of [spec.title, spec.subtitle ?? '', ...(spec.notes ?? [])]) expect(text).not.toMatch(interaction);
    });
  }
});
