import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { storyPath } from '../lib/urls.ts';
import { stories } from '../queries/stories.ts';

/** RSS 2.0: every published story, newest first, with its lede. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: 'Thước Đo',
    description: 'Báo dữ liệu về an sinh xã hội: giảm nghèo, sinh kế và hạ tầng nông thôn, từng tỉnh một.',
    site: site!,
    customData: '<language>vi</language>',
    items: (await stories()).map((story) => ({
      title: story.data.title,
      link: storyPath(story.id),
      pubDate: story.data.publishedAt,
      description: story.data.lede,
      author: story.data.authors.join(', '),
      categories: [story.data.section[1], ...story.data.tags],
    })),
  });
