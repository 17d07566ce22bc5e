import { slugify } from '../format/slug.ts';
import type { StoryData } from './storySchema.ts';

interface FrontStory {
  id: string;
  data: Pick<StoryData, 'featured' | 'section' | 'publishedAt'>;
}

/**
 * What the front page shows, from the published stories (newest first): the lead (the newest
 * featured story, else the newest), the latest after it, and a block per section.
 */
export function frontPage<T extends FrontStory>(stories: readonly T[], { latestCount = 4, perSection = 3 } = {}) {
  const lead = stories.find((s) => s.data.featured) ?? stories[0];
  const rest = stories.filter((s) => s !== lead);
  const bySection = new Map<string, { name: string; slug: string; path: [string, string]; stories: T[] }>();
  for (const story of rest) {
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
  return { lead, latest: rest.slice(0, latestCount), sections: [...bySection.values()] };
}
