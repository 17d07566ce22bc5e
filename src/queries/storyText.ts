import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyParts, type StoryPart } from '../lib/markdown/storyParts.ts';
import { noteInput } from './reads.ts';
import type { Story } from './stories.ts';

/**
 * A story's text as its page renders it: HTML between the components it uses, checked against
 * the charts and the data (every problem of the file at once, at its line). Read when the page
 * renders, so the build keeps no story in memory beyond its own page.
 */
export function storyText(story: Story): Promise<StoryPart[]> {
  noteInput(`entry:stories:${story.id}`);
  const root = process.cwd();
  const path = join(root, story.filePath ?? `src/content/stories/${story.id}.mdx`);
  return storyParts({
    text: import.meta.env.DEV ? savedText(path) : (story.body ?? ''),
    path,
    root,
    chartDir: join(root, 'src/content/charts'),
  });
}

/**
 * The story as saved now, front matter blanked: in `npm run dev` the file is read again on each
 * view, as an editor saves it, rather than taken from the content store, which can miss a save
 * that lands while it reads the file.
 */
function savedText(path: string): string {
  return parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-lines' }).content;
}
