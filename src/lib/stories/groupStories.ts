import { slugify } from '../format/slug.ts';

/**
 * Stories grouped under each key they carry (a story with two tags is in both groups), keyed by
 * the key's slug, with the key as written. Order within a group is kept (newest first).
 *
 * @example groupStories(stories, (s) => s.data.tags) // Map { 'giam-ngheo' => { name: 'Giảm nghèo', stories } }
 */
export function groupStories<T>(
  stories: readonly T[],
  keys: (story: T) => readonly string[],
): Map<string, { name: string; stories: T[] }> {
  const groups = new Map<string, { name: string; stories: T[] }>();
  for (const story of stories) {
    for (const name of keys(story)) {
      const slug = slugify(name);
      if (!groups.has(slug)) groups.set(slug, { name, stories: [] });
      groups.get(slug)!.stories.push(story);
    }
  }
  return groups;
}

/** Stories per page on section, tag and author pages. */
export const PAGE_SIZE = 10;
