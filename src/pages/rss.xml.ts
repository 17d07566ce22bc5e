import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../lib/stories/feed.ts';
import { stories } from '../queries/stories.ts';

/** RSS 2.0: the newest published stories (src/lib/stories/feed.ts), with their ledes. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: 'Thước Đo',
    description: 'Báo dữ liệu về an sinh xã hội: giảm nghèo, sinh kế và hạ tầng nông thôn, từng tỉnh một.',
    site: site!,
    customData: '<language>vi</language>',
    items: feedItems(await stories()),
  });
