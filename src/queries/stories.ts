import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedStories } from '../lib/stories/publishedStories.ts';

export type Story = CollectionEntry<'stories'>;

let cached: Promise<Story[]> | undefined;

/**
 * The stories this build publishes, newest first, read once per build. Drafts appear only when
 * an editor previews with `npm run dev` (which sets THUOCDO_DRAFTS=1); never in `npm run build`.
 */
export function stories(): Promise<Story[]> {
  const drafts = process.env.THUOCDO_DRAFTS === '1';
  cached ??= getCollection('stories').then((all) => publishedStories(all, new Date(), { drafts }));
  return cached;
}
