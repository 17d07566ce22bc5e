import { slugify } from '../format/slug.ts';
import type { StoryData } from './storySchema.ts';

interface FrontStory {
  id: string;
  data: Pick<StoryData, 'featured' | 'section' | 'publishedAt'>;
}

/** A section's block on the front page: its name, path and the stories not shown above it. */
export interface FrontSection<T> {
  name: string;
  slug: string;
  path: [string, string];
  stories: T[];
}

/**
 * What the front page shows, from the published stories (newest first): the lead (the newest
 * featured story, else the newest), the latest after it, then a block per section of the stories
 * not shown above, sections in the order of their newest such story. No story is shown twice.
 *
 * @example frontPage(stories).lead.id // 'lai-chau-giam-ngheo-2006-2024' (featured)
 */
export function frontPage<T extends FrontStory>(stories: readonly T[], { latestCount = 4, perSection = 3 } = {}) {
  const lead: T | undefined = stories.find((s) => s.data.featured) ?? stories[0];
  const rest = stories.filter((s) => s !== lead);
  const latest = rest.slice(0, latestCount);
  const bySection = new Map<string, FrontSection<T>>();
  for (const story of rest.slice(latestCount)) {
    const key = story.data.section.join('/');
    if (!bySection.has(key))
      bySection.set(key, {
        name: story.data.section[1],
        slug: slugify(story.data.section[1]),
        path: story.data.section,
        stories: [],
      });
    const section = bySection.get(key)!;
    if (section.stories.length < perSection) section.stories.push(story);
  }
  return { lead, latest, sections: [...bySection.values()] };
}
