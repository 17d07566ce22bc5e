import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyParts, type StoryPart } from '../lib/markdown/storyParts.ts';
import { chartIdsIn } from '../lib/stories/chartUsage.ts';
import { noteInput } from './reads.ts';
import type { Story } from './stories.ts';

/**
 * A story's text as its page renders it: HTML between the components it uses, checked against
 * the charts and the data (every problem of the file at once, at its line).
 */
export function storyText(story: Story): Promise<StoryPart[]> {
  noteInput(`entry:stories:${story.id}`);
  const root = process.cwd();
  return storyParts({ text: storySource(story), path: storyFile(story), root, chartDir: join(root, 'src/content/charts') });
}

/**
 * A story's text as saved, front matter blanked (lines kept). Read from the file when a page
 * needs it, not kept in the content store: an archive's texts would all stay in the build's
 * memory, and `npm run dev` sees each save as the editor makes it.
 */
export function storySource(story: Story): string {
  return parseFrontmatter(readFileSync(storyFile(story), 'utf8'), { frontmatter: 'empty-with-lines' }).content;
}

const storyFile = (story: Story) => join(process.cwd(), story.filePath ?? `src/content/stories/${story.id}.mdx`);

let placed: Promise<Map<string, string[]>> | undefined;

/** The charts each story's text places (`<Chart id>`), by story id, read once per build. */
export function placedCharts(stories: readonly Story[]): Promise<(story: Story) => readonly string[]> {
  placed ??= Promise.resolve(new Map(stories.map((story) => [story.id, chartIdsIn(storySource(story))])));
  return placed.then((map) => (story) => map.get(story.id) ?? chartIdsIn(storySource(story)));
}
