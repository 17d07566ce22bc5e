import type { StoryData } from './storySchema.ts';

export interface StoryLike {
  id: string;
  data: Pick<StoryData, 'publishedAt' | 'draft'> & Partial<StoryData>;
}

/**
 * The stories a build publishes, newest first: no drafts (unless previewing), nothing dated
 * after `now` — a story dated in the future appears in the first build after its date.
 *
 * @example publishedStories(entries, new Date(), { drafts: false })
 */
export function publishedStories<T extends StoryLike>(stories: readonly T[], now: Date, { drafts }: { drafts: boolean }): T[] {
  return stories
    .filter((story) => (drafts || !story.data.draft) && story.data.publishedAt.getTime() <= now.getTime())
    .sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id));
}

/**
 * "Tin khác": the other stories sharing a province, a tag or the section with `story`, newest
 * first.
 */
export function relatedStories<T extends StoryLike & { data: Pick<StoryData, 'provinces' | 'tags' | 'section'> }>(
  story: T,
  stories: readonly T[],
  limit = 4,
): T[] {
  const related = (other: T) =>
    other.data.provinces.some((p) => story.data.provinces.includes(p)) ||
    other.data.tags.some((t) => story.data.tags.includes(t)) ||
    other.data.section.join('/') === story.data.section.join('/');
  return stories
    .filter((other) => other.id !== story.id && related(other))
    .sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime())
    .slice(0, limit);
}

/**
 * Minutes to read a text at 200 words a minute, at least 1. MDX tags and imports are not words.
 *
 * @example readingMinutes('…900 words…') // 5
 */
export function readingMinutes(body: string): number {
  const text = body.replace(/^(import|export) .*$/gm, '').replace(/<[^>]+>/g, ' ');
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / 200));
}
