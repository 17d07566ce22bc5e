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
 * "Tin khác" of every story: the other stories sharing a province, a tag or the section with it,
 * the `limit` nearest to it in publication time (a tie goes to the earlier), newest first. By
 * time rather than the newest of all, so that a story published today enters the lists of only
 * the few stories nearest it: an archive of thousands does not rebuild every story page it
 * shares a section with. Computed for all stories at once, walking out from each one's date.
 *
 * @example relatedStories(stories).get('lai-chau-giam-ngheo-2006-2024') // up to 4 stories
 */
export function relatedStories<T extends StoryLike & { data: Pick<StoryData, 'provinces' | 'tags' | 'section'> }>(
  stories: readonly T[],
  limit = 4,
): Map<string, T[]> {
  const time = (story: T) => story.data.publishedAt.getTime();
  const related = (story: T, other: T) =>
    other.data.provinces.some((p) => story.data.provinces.includes(p)) ||
    other.data.tags.some((t) => story.data.tags.includes(t)) ||
    other.data.section.join('/') === story.data.section.join('/');
  const byDate = [...stories].sort((a, b) => time(b) - time(a) || a.id.localeCompare(b.id));
  return new Map(
    byDate.map((story, i) => {
      const found: T[] = [];
      let newer = i - 1;
      let older = i + 1;
      while (found.length < limit && (newer >= 0 || older < byDate.length)) {
        const takeOlder =
          newer < 0 || (older < byDate.length && time(story) - time(byDate[older]) <= time(byDate[newer]) - time(story));
        const other = takeOlder ? byDate[older++] : byDate[newer--];
        if (related(story, other)) found.push(other);
      }
      return [story.id, found.sort((a, b) => time(b) - time(a))];
    }),
  );
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
