import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { copyProject, projectRoot, runAstro } from '../helpers/astro.ts';
import { collectErrors, useBrowser } from '../helpers/browser.ts';
import { searchResults } from '../helpers/search.ts';
import { serveStatic } from '../helpers/staticServer.ts';

const origin = inject('siteOrigin');
const browser = useBrowser();

/** Every result the search page lists for a query, its addresses sorted. */
const resultsAt = async (page: Page, site: string, query: string) => (await searchResults(page, site, query)).sort();

const pageCount = (folder: string) =>
  JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')).languages.vi.page_count as number;

describe('a search index in parts, as an archive of thousands of pages has it', () => {
  let dist: string;
  let parted: { origin: string; server: Server };

  beforeAll(async () => {
    // Forty pages a part instead of a thousand: the site's 107 indexed pages make three parts.
    const copy = copyProject();
    const result = runAstro(['build'], copy, { THUOCDO_SEARCH_PART_PAGES: '40' });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
    dist = join(copy, 'dist');
    parted = await serveStatic(dist);
  }, 180_000);
  afterAll(() => new Promise<void>((resolve) => parted.server.close(() => resolve())));

  it('indexes every page once, across the parts the search page merges', () => {
    const parts = JSON.parse(readFileSync(join(dist, 'pagefind/parts.json'), 'utf8')) as string[];
    expect(parts).toEqual(['1', '2']);
    const counts = [pageCount(join(dist, 'pagefind')), ...parts.map((part) => pageCount(join(dist, 'pagefind', part)))];
    expect(counts.reduce((a, b) => a + b)).toBe(pageCount(join(projectRoot, 'dist/pagefind')));
    for (const count of counts) expect(count).toBeGreaterThan(20);
  });

  it('finds what one index finds, without errors', async () => {
    const page = await browser().newPage();
    const errors = collectErrors(page);
    for (const query of ['lai chau', 'duong', 'điện']) {
      const whole = await resultsAt(page, origin, query);
      expect(whole.length, query).toBeGreaterThan(0);
      expect(await resultsAt(page, parted.origin, query), query).toEqual(whole);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
