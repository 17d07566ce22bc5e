import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import StoryBody from '../components/story/StoryBody.astro';
import { publishedChart } from '../queries/charts.ts';
import { storyPage } from '../queries/storyPage.ts';
import { unpublishedStories } from '../queries/stories.ts';

/**
 * A route that emits nothing: while the build lists its pages, it renders every story the build
 * does not publish (drafts, stories scheduled for later) as the story page would, then returns no
 * path. A broken `<DataValue>`, hero chart or province code in a draft therefore fails
 * `npm run build` as it would once published: with the first error of each such story, each
 * naming the story's file. Injected by src/integrations/unpublishedStories.ts.
 */
export const getStaticPaths = (async () => {
  const container = await AstroContainer.create();
  const errors: string[] = [];
  for (const story of await unpublishedStories()) {
    try {
      await storyPage(story, new URL(import.meta.env.SITE));
      if (story.data.heroChart) await publishedChart(story.data.heroChart, 'heroChart');
      await container.renderToString(StoryBody, { props: { story } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const file = story.filePath ?? `src/content/stories/${story.id}`;
      errors.push(message.includes(file) ? message : `${file}: ${message}`);
    }
  }
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(null, { status: 404 });
