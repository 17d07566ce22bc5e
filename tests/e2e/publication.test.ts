import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { collectErrors, seriousAxeViolations, useBrowser } from '../helpers/browser.ts';
import { searchResults } from '../helpers/search.ts';

const origin = inject('siteOrigin');

const browser = useBrowser();

/** The story URLs the search page lists for a query, in order. */
const searchFor = (page: Page, query: string) => searchResults(page, origin, query);

describe('search, in Vietnamese', () => {
  it('finds the Lai Châu story and province for "lai chau", "LAI CHÂU" and a query typed in NFD, first', async () => {
    const page = await browser().newPage();
    const errors = collectErrors(page);
    for (const query of ['lai chau', 'LAI CHÂU', 'Lai Châu'.normalize('NFD')]) {
      const results = await searchFor(page, query);
      expect(results.slice(0, 2).sort(), query).toEqual(['/bai-viet/lai-chau-giam-ngheo-2006-2024/', '/tinh/lai-chau/']);
    }
    expect(await page.locator('.search-status').textContent()).toMatch(/^\d+ kết quả cho/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds "đường" when typed "duong", and only exact matches when typed with diacritics', async () => {
    const page = await browser().newPage();
    const stories = (urls: string[]) => urls.filter((url) => url.startsWith('/bai-viet/'));
    const folded = stories(await searchFor(page, 'duong'));
    const exact = stories(await searchFor(page, 'đường'));
    expect(exact.length).toBeGreaterThan(0);
    // Every story holding "đường" is found without diacritics too.
    for (const url of exact) expect(folded).toContain(url);
    // A story holding only "Dương" (a name) is not an exact match for "đường".
    expect(folded.length).toBeGreaterThan(exact.length);
    await page.close();
  });
});

describe('search while typing', () => {
  it('shows results for "dien bien" before Enter, with sentences of the pages and the whole query marked', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${origin}/tim-kiem/`);
    await page.locator('#q').pressSequentially('dien bien', { delay: 40 });
    // No Enter: the results come from typing alone, and the address keeps the query.
    await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForFunction(() => /kết quả cho/.test(document.querySelector('.search-status')?.textContent ?? ''));
    expect(new URL(page.url()).searchParams.get('q')).toBe('dien bien');
    const first = await page.locator('.search-results a').first().getAttribute('href');
    expect(first).toBe('/tinh/dien-bien/');
    const excerpts = await page.locator('.search-results li p').allTextContents();
    const marks = await page.locator('.search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // The whole query where a sentence holds it, else its words; matched without diacritics.
    for (const mark of marks) expect(mark.normalize('NFC')).toMatch(/^(điện biên|điện|biên)$/i);
    expect(marks).toContain('Điện Biên');
    for (const excerpt of excerpts) {
      // Never the folded words indexed after the text ("dien do den doi duong …"), the marker, or a bare run of figures.
      expect(excerpt).not.toMatch(/\b(dien|do|den|doi|duong|duoc|dung|dau) (dien|do|den|doi|duong|duoc|dung|dau) /);
      expect(excerpt).not.toContain('⁂');
      expect(excerpt).not.toMatch(/^[\d.,%\s–-]{12,}/);
      // Blocks are not glued together: a lower-case letter directly followed by an upper-case one.
      expect(excerpt).not.toMatch(/\p{Ll}\p{Lu}/u);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('navigation', () => {
  it('goes from the front page to a story, a province and a dataset', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${origin}/`);
    await page.locator('.front-lead-title a').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/bai-viet\/.+\/$/);
    expect(await page.locator('h1.story-title').count()).toBe(1);
    await page.goto(`${origin}/tinh/lai-chau/`);
    expect(await page.locator('h1').textContent()).toContain('Lai Châu');
    await page.goto(`${origin}/`);
    await page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Dữ liệu' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/du-lieu/');
    await page.locator('main a[href^="/du-lieu/poverty-rate-by-province/"]').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/du-lieu/poverty-rate-by-province/');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('accessibility of every page type', () => {
  const pages = [
    '/',
    '/bai-viet/lai-chau-giam-ngheo-2006-2024/',
    '/chuyen-muc/xa-hoi/an-sinh-xa-hoi/',
    '/the/giam-ngheo/',
    '/tac-gia/ban-du-lieu-thuoc-do/',
    '/tinh/lai-chau/',
    '/du-lieu/',
    '/du-lieu/poverty-rate-by-province/',
    '/bieu-do/lai-chau-ha-tang-2024/',
    '/nhung/lai-chau-ha-tang-2024/',
    '/tim-kiem/?q=lai%20chau',
    '/khong-co-trang-nay/',
  ];
  for (const path of pages) {
    it(`${path} has no serious or critical axe violation`, async () => {
      // axe is injected as an inline script: the test bypasses our Content Security Policy to run it.
      const page = await browser().newPage({ viewport: { width: 390, height: 900 }, bypassCSP: true });
      await page.goto(`${origin}${path}`);
      const violations = await seriousAxeViolations(page);
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});
