import { describe, expect, it } from 'vitest';
import { FEED_SIZE, feedItems } from '../../../src/lib/stories/feed.ts';

const story = (i: number) => ({
  id: `bai-${i}`,
  data: {
    title: `Bài ${i}`,
    lede: `Sapo ${i}.`,
    publishedAt: new Date(Date.UTC(2026, 0, 1) - i * 3_600_000),
    authors: ['Ban Dữ liệu Thước Đo'],
    section: ['Xã hội', 'Giảm nghèo'] as const,
    tags: ['Lai Châu'],
  },
});

describe('feedItems(stories): the RSS feed of an archive', () => {
  it('carries the newest stories only, in the order given (newest first), however many there are', () => {
    const archive = Array.from({ length: 2000 }, (_, i) => story(i));
    const items = feedItems(archive);
    expect(items).toHaveLength(FEED_SIZE);
    expect(items.map((item) => item.link)).toEqual(archive.slice(0, FEED_SIZE).map((s) => `/bai-viet/${s.id}/`));
  });

  it('gives each story its title, lede, date, authors, section and tags', () => {
    expect(feedItems([story(1)])).toEqual([
      {
        title: 'Bài 1',
        link: '/bai-viet/bai-1/',
        pubDate: story(1).data.publishedAt,
        description: 'Sapo 1.',
        author: 'Ban Dữ liệu Thước Đo',
        categories: ['Giảm nghèo', 'Lai Châu'],
      },
    ]);
  });
});
