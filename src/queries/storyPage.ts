import { provincesOf } from '../lib/provinces/provincesOf.ts';
import { jsonLd, newsArticle } from '../lib/stories/newsArticle.ts';
import { readingMinutes } from '../lib/stories/publishedStories.ts';
import { pngPath, storyPath } from '../lib/urls.ts';
import { allProvinces } from './provinces.ts';
import type { Story } from './stories.ts';
import { storySource } from './storyText.ts';

/** What a story page shows besides the story itself: its address, image, provinces, JSON-LD, reading time. */
export async function storyPage(story: Story, site: URL) {
  const { data } = story;
  const url = new URL(storyPath(story.id), site).href;
  // The hero chart's PNG is the story's picture for link previews and search engines.
  const image = data.heroChart ? pngPath(data.heroChart) : undefined;
  return {
    url,
    image,
    provinces: provincesOf(data.provinces, await allProvinces(), story.id),
    structuredData: jsonLd(newsArticle(data, url, image && new URL(image, site).href)),
    minutes: readingMinutes(storySource(story)),
  };
}
