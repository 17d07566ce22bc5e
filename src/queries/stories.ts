import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedStories } from '../lib/stories/publishedStories.ts';
import { noteInput } from './reads.ts';

export type Story = CollectionEntry<'stories'>;

let all: Promise<Story[]> | undefined;
let cached: Promise<Story[]> | undefined;

/** Every story file, read once per build. */
function allStories(): Promise<Story[]> {
  all ??= getCollection('stories');
  return all;
}

/**
 * The stories this build publishes, newest first, read once per build. Drafts appear only when
 * an editor previews with `npm run dev` (which sets THUOCDO_DRAFTS=1); never in `npm run build`.
 * A page that lists them at render time is rebuilt when any of them changes.
 */
export function stories(): Promise<Story[]> {
  noteInput('stories');
  const drafts = process.env.THUOCDO_DRAFTS === '1';
  cached ??= allStories().then((entries) => publishedStories(entries, new Date(), { drafts }));
  return cached;
}

/** Every story file's digest, by id: what the pages' cache keys compare for a story's text (src/queries/pageKeys.ts). */
export async function storyDigests(): Promise<Map<string, string>> {
  return new Map((await allStories()).map((story) => [story.id, String(story.digest)]));
}

/**
 * The stories this build does not publish: drafts and stories scheduled for later. No page shows
 * them; the build only checks them (src/checks/unpublishedStories.ts).
 */
export async function unpublishedStories(): Promise<Story[]> {
  const published = new Set((await stories()).map((story) => story.id));
  return (await allStories()).filter((story) => !published.has(story.id));
}
