import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { collectErrors, seriousAxeViolations, useBrowser } from '../helpers/browser.ts';

const origin = inject('siteOrigin');
const browser = useBrowser();

/** The story links of the page's main column, in order. */
const storyLinks = (page: Page) =>
  page.locator('main a[href^="/bai-viet/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

/** The finder's suggestions, as the reader reads them and where they go. */
const suggestions = (page: Page) =>
  page
    .locator('[data-finder-matches] a')
    .evaluateAll((links) => links.map((a) => ({ label: a.textContent!, href: a.getAttribute('href')! })));

/** Opens both lists of the finder without JavaScript (the 34, the 63 by region). */
const openLists = async (page: Page) => {
  for (const summary of await page.locator('[data-finder-all] summary').all()) await summary.click();
};

describe('the front page’s province finder', () => {
  it('goes to /tinh/ha-giang/ from "ha giang", "Hà Giang" and Hà Giang typed in NFD, and shows its new home', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 800 } });
    const errors = collectErrors(page);
    for (const query of ['ha giang', 'Hà Giang', 'Hà Giang'.normalize('NFD')]) {
      await page.goto(`${origin}/`);
      const field = page.getByLabel('Tên tỉnh, thành phố');
      await field.pressSequentially(query, { delay: 20 });
      // The old province and the unit it joined appear under the field as the reader types, before Enter.
      await expect
        .poll(() => suggestions(page), { timeout: 5000 })
        .toEqual([
          { label: 'Hà Giang (trước 01/07/2025)', href: '/tinh/ha-giang/' },
          { label: 'Hà Giang → Tuyên Quang, từ 01/07/2025', href: '/tinh/2025/tuyen-quang/' },
        ]);
      expect(await page.locator('[data-finder-status]').textContent()).toBe('2 kết quả phù hợp.');
      await field.press('Enter');
      await expect.poll(() => new URL(page.url()).pathname, { message: query }).toBe('/tinh/ha-giang/');
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers the new Tuyên Quang first for "tuyen quang", the old one after, and Enter opens the new one', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    // The pages of the 34 are built elsewhere: Enter is checked by where it goes, not by what it finds.
    await page.route('**/tinh/2025/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>stub</title>' }));
    await page.goto(`${origin}/`);
    const field = page.getByLabel('Tên tỉnh, thành phố');
    await field.pressSequentially('tuyen quang', { delay: 20 });
    await expect
      .poll(() => suggestions(page))
      .toEqual([
        { label: 'Tuyên Quang (từ 01/07/2025)', href: '/tinh/2025/tuyen-quang/' },
        { label: 'Tuyên Quang (trước 01/07/2025)', href: '/tinh/tuyen-quang/' },
      ]);
    await field.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/tinh/2025/tuyen-quang/');
    await page.close();
  });

  it('offers the pages a partial name means, reachable with the arrow keys, and says when none is found', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`);
    const field = page.getByLabel('Tên tỉnh, thành phố');
    await field.pressSequentially('binh', { delay: 20 });
    await expect.poll(() => page.locator('[data-finder-matches] a').count()).toBe(11);
    expect((await suggestions(page)).slice(0, 2).map((s) => s.label)).toEqual([
      'Bình Dương (trước 01/07/2025)',
      'Bình Dương → Hồ Chí Minh, từ 01/07/2025',
    ]);
    // Enter does not guess between several provinces.
    await field.press('Enter');
    expect(new URL(page.url()).pathname).toBe('/');
    const focused = () => page.evaluate(() => document.activeElement?.textContent || document.activeElement?.id);
    await field.press('ArrowDown');
    expect(await focused()).toBe('Bình Dương (trước 01/07/2025)');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Bình Dương → Hồ Chí Minh, từ 01/07/2025');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('tim-tinh-ten');
    await field.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('tim-tinh-ten');
    await field.fill('');
    await field.pressSequentially('xyz');
    await expect
      .poll(() => page.locator('[data-finder-status]').textContent())
      .toBe('Không có tỉnh, thành phố nào có tên như vậy.');
    expect(await page.locator('[data-finder-matches] li').count()).toBe(0);
    await page.close();
  });

  it('is, without JavaScript, a list of the 34 with their provinces of before and a list of the 63 by region', async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const hrefs = (selector: string) => page.locator(selector).evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
    const units = await hrefs('[data-finder-units] [data-unit]');
    expect(units).toHaveLength(34);
    expect(new Set(units).size).toBe(34);
    for (const href of units) expect(href).toMatch(/^\/tinh\/2025\/[a-z-]+\/$/);
    // Each of the 63 once among the units' provinces of before, and once in the list by region.
    const before = await hrefs('[data-finder-units] [data-old]');
    expect(before).toHaveLength(63);
    expect(new Set(before).size).toBe(63);
    for (const href of before) expect(href).toMatch(/^\/tinh\/[a-z-]+\/$/);
    const byRegion = await hrefs('.province-all-region a');
    expect([...byRegion].sort()).toEqual([...before].sort());
    expect(await page.locator('[data-finder-all] h3').count()).toBe(6);
    const tuyenQuang = page
      .locator('[data-finder-units] li')
      .filter({ has: page.locator('[data-unit]', { hasText: 'Tuyên Quang' }) });
    expect(await tuyenQuang.locator('[data-old]').allTextContents()).toEqual(['Hà Giang', 'Tuyên Quang']);
    await openLists(page);
    await tuyenQuang.getByRole('link', { name: 'Hà Giang', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/tinh/ha-giang/');
    await context.close();
  });
});

describe('the front page', () => {
  it('shows no story twice, the lead first with its hero chart drawn', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`);
    const links = await storyLinks(page);
    expect(links.length).toBeGreaterThanOrEqual(5);
    expect(new Set(links).size).toBe(links.length);
    expect(links[0]).toBe(await page.locator('.front-lead-title a').getAttribute('href'));
    expect(await page.locator('.front-lead figure.chart svg').count()).toBeGreaterThan(0);
    // The latest each have their key chart as a small drawing, with its size given.
    const drawings = page.locator('.front-latest .front-card-drawing img');
    expect(await drawings.count()).toBe(await page.locator('.front-latest .front-card').count());
    await page.close();
  });

  it('shows key figures with their year, source and a link to their chart', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${origin}/`);
    const figures = page.locator('.key-figure');
    expect(await figures.count()).toBeGreaterThanOrEqual(3);
    for (const figure of await figures.all()) {
      expect(await figure.locator('.data-value').textContent()).toMatch(/^[\d.,]+%?$/);
      expect(await figure.locator('.key-figure-label').textContent()).toMatch(/năm \d{4}/);
      expect(await figure.locator('.key-figure-source').textContent()).toMatch(/^Nguồn: \S/);
      expect(await figure.locator('a').getAttribute('href')).toMatch(/^\/(bieu-do|du-lieu)\/[a-z0-9-]+\/$/);
    }
    await page.close();
  });

  it('fits a 360 px phone with the finder’s suggestions open, and its images and charts keep their size', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${origin}/`);
    await page.getByLabel('Tên tỉnh, thành phố').pressSequentially('giang');
    await openLists(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const unsized = await page
      .locator('main img')
      .evaluateAll((images) => images.filter((img) => !img.getAttribute('width') || !img.getAttribute('height')).length);
    expect(unsized).toBe(0);
    await page.close();
  });

  it('does not shift its layout while it loads and while the reader scrolls', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    for (let y = 0; y < 6000; y += 700) {
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(50);
    }
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift).toBeLessThan(0.01);
    await page.close();
  });

  it('has no serious or critical axe violation, light and dark, on a phone and a desktop', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        const page = await browser().newPage({ viewport: { width, height: 900 }, colorScheme, bypassCSP: true });
        await page.goto(`${origin}/`);
        await page.getByLabel('Tên tỉnh, thành phố').pressSequentially('ha');
        await openLists(page);
        expect(await seriousAxeViolations(page), `${colorScheme} ${width}`).toEqual([]);
        await page.close();
      }
    }
  });
});
