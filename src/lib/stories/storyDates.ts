import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { storyPath } from '../urls.ts';

/**
 * When each story last changed (updatedAt, else publishedAt), by its URL path, read from the
 * front matter of the files in `dir`: for the sitemap's lastmod, which runs outside the
 * content collections.
 */
export function storyLastModified(dir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
    if (!frontMatter) continue;
    const data = parse(frontMatter) as { publishedAt?: string | Date; updatedAt?: string | Date };
    const date = new Date(data.updatedAt ?? data.publishedAt ?? NaN);
    if (!Number.isNaN(date.getTime())) dates.set(storyPath(basename(file, extname(file))), date);
  }
  return dates;
}
