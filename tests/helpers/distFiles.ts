import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './astro.ts';

/** Every HTML file of a built site, relative to it. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'));
}

/** Does a root-relative URL resolve to a file of the build, as a static host would serve it? */
export function resolves(dist: string, pathname: string): boolean {
  const path = join(dist, decodeURIComponent(pathname));
  if (!existsSync(path)) return false;
  return statSync(path).isFile() || existsSync(join(path, 'index.html'));
}

export interface StoryFile {
  id: string;
  title: string;
  draft: boolean;
  publishedAt: Date;
}

/** The stories in a project's src/content/stories, from their front matter. */
export function storyFiles(root = projectRoot): StoryFile[] {
  const dir = join(root, 'src/content/stories');
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((file) => {
      const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))![1]);
      return {
        id: file.replace(/\.mdx?$/, ''),
        title: data.title,
        draft: data.draft === true,
        publishedAt: new Date(data.publishedAt),
      };
    });
}
