// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { headers } from './src/integrations/headers.ts';
import { search } from './src/integrations/search.ts';
import { unpublishedStories } from './src/integrations/unpublishedStories.ts';
import { withEditorErrors } from './src/lib/markdown/mdxErrors.ts';
import { remarkStoryChecks } from './src/lib/markdown/remarkStoryChecks.ts';
import { storyLastModified } from './src/lib/stories/storyDates.ts';

// No build or preview of ours reports to Astro's telemetry host: the site is built offline and
// sends nothing anywhere. Set here, before Astro records anything, so every command obeys it.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const root = fileURLToPath(new URL('./', import.meta.url));
const chartDir = fileURLToPath(new URL('./src/content/charts/', import.meta.url));
const storyDates = storyLastModified(fileURLToPath(new URL('./src/content/stories/', import.meta.url)));

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: 'https://thuocdo.vn',
  output: 'static',
  // The content store and the incremental build's pages live with the project (gitignored), not
  // in node_modules: a copy of the project (the benchmark's) keeps its own.
  cacheDir: './.cache/astro',
  trailingSlash: 'always',
  // Two pages or entries at one address fail the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  // Stories are not compiled by Vite: each story page renders its text (src/queries/storyText.ts),
  // checking every <Chart id> and number from data at the story's line, in Vietnamese. An MDX
  // page of src/pages is compiled, with the same checks and syntax errors in Vietnamese.
  integrations: [
    mdx({ processor: withEditorErrors(unified({ remarkPlugins: [[remarkStoryChecks, { chartDir, root }]] }), root) }),
    sitemap({
      // Embed pages are for iframes, not for search engines.
      filter: (page) => !new URL(page).pathname.startsWith('/nhung/'),
      serialize: (item) => {
        const date = storyDates.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
    unpublishedStories(),
    search(),
    headers(),
  ],
  build: {
    // Stylesheets load from files, so the Content Security Policy needs no 'unsafe-inline' styles.
    inlineStylesheets: 'never',
  },
  vite: {
    // Scripts always load from files, never inline, so the Content Security Policy needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
  server: { host: '127.0.0.1', port: 4321 },
  experimental: {
    // A page is rebuilt only when its code or what it read changed: each dynamic route gives
    // Astro a cache key from the page's props and the values it read last time
    // (src/queries/pageKeys.ts). `astro build --force` rebuilds everything.
    incrementalBuild: true,
  },
});
