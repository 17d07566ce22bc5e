import type { RSSFeedItem } from '@astrojs/rss';
import { storyPath } from '../urls.ts';

/** How many stories the feed carries: the newest, however large the archive grows. */
export const FEED_SIZE = 50;

interface FeedStory {
  id: string;
  data: {
    title: string;
    lede: string;
    publishedAt: Date;
    authors: readonly string[];
    section: readonly string[];
    tags: readonly string[];
  };
}

/**
 * The feed's items: the newest `FEED_SIZE` stories (given newest first), each with its lede.
 *
 * @example feedItems(stories).length // 50 of an archive of 2,000
 */
export function feedItems(stories: readonly FeedStory[]): RSSFeedItem[] {
  return stories.slice(0, FEED_SIZE).map((story) => ({
    title: story.data.title,
    link: storyPath(story.id),
    pubDate: story.data.publishedAt,
    description: story.data.lede,
    author: story.data.authors.join(', '),
    categories: [story.data.section[1], ...story.data.tags],
  }));
}
