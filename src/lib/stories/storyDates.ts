import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { storyPath } from '../urls.ts';
import { frontMatterOf } from './frontMatter.ts';
import { storySlug } from './storyFiles.ts';

/**
 * When each story last changed (updatedAt, else publishedAt), by its URL path, read from the
 * front matter of the files in `dir`: for the sitemap's lastmod, which runs outside the
 * content collections.
 */
export function storyLastModified(dir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const file of globSync('**/*.{md,mdx}', { cwd: dir })) {
    const frontMatter = frontMatterOf(readFileSync(join(dir, file), 'utf8'));
    if (!frontMatter) continue;
    let data: { publishedAt?: string | Date; updatedAt?: string | Date };
    try {
      data = parse(frontMatter) ?? {};
    } catch {
      continue; // broken front matter: the stories collection reports it, with its line
    }
    const date = new Date(data.updatedAt ?? data.publishedAt ?? NaN);
    if (!Number.isNaN(date.getTime())) dates.set(storyPath(storySlug(file)), date);
  }
  return dates;
}
