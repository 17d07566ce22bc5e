// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { remarkChartIds } from './src/lib/markdown/remarkChartIds.ts';

const chartDir = fileURLToPath(new URL('./src/content/charts/', import.meta.url));

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: 'https://thuocdo.vn',
  output: 'static',
  trailingSlash: 'always',
  // MDX runs through unified so that every <Chart id> is checked against the chart specs.
  integrations: [mdx({ processor: unified({ remarkPlugins: [[remarkChartIds, { chartDir }]] }) })],
  vite: {
    // Scripts always load from files, never inline, so the Content Security Policy needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
  server: { host: '127.0.0.1', port: 4321 },
});
