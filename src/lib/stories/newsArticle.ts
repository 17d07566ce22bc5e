import { isoDateTime } from '../format/date.ts';
import type { StoryData } from './storySchema.ts';

/**
 * schema.org NewsArticle for a story, as JSON-LD, for search engines.
 *
 * @example newsArticle(story.data, 'https://thuocdo.vn/bai-viet/x/', 'https://thuocdo.vn/bieu-do/y.png')
 */
export function newsArticle(
  data: Pick<StoryData, 'title' | 'lede' | 'publishedAt' | 'updatedAt' | 'authors' | 'section' | 'tags'>,
  url: string,
  image?: string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.lede,
    datePublished: isoDateTime(data.publishedAt),
    dateModified: isoDateTime(data.updatedAt ?? data.publishedAt),
    author: data.authors.map((name) => ({ '@type': 'Person', name })),
    articleSection: data.section.join(' › '),
    keywords: data.tags.join(', '),
    inLanguage: 'vi',
    mainEntityOfPage: url,
    ...(image ? { image: [image] } : {}),
    publisher: { '@type': 'Organization', name: 'Thước Đo' },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the tag. */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
