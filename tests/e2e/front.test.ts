import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { collectErrors, seriousAxeViolations, useBrowser } from '../helpers/browser.ts';

const origin = inject('siteOrigin');
const browser = useBrowser();

/** The story links of the page's main column, in order. */
const storyLinks = (page: Page) =>
  page.locator('main a[href^="/bai-viet/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

describe('the front page’s province finder', () => {
  it('goes to /tinh/ha-giang/ from "ha giang", "Hà Giang" and Hà Giang typed in NFD', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 800 } });
    const errors = collectErrors(page);
    for (const query of ['ha giang', 'Hà Giang', 'Hà Giang'.normalize('NFD')]) {
      await page.goto(`${origin}/`);
      const field = page.getByLabel('Tên tỉnh, thành phố');
      await field.pressSequentially(query, { delay: 20 });
      // The province appears under the field as the reader types, before Enter.
      await expect.poll(() => page.locator('[data-finder-matches] a').first().textContent(), { timeout: 5000 }).toBe('Hà Giang');
      expect(await page.locator('[data-finder-status]').textContent()).toMatch(/^\d+ tỉnh, thành phố phù hợp\.$/);
      await field.press('Enter');
      await expect.poll(() => new URL(page.url()).pathname, { message: query }).toBe('/tinh/ha-giang/');
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers the provinces a partial name means, reachable with the down arrow, and says when none is found', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`);
    const field = page.getByLabel('Tên tỉnh, thành phố');
    await field.pressSequentially('binh', { delay: 20 });
    await expect.poll(() => page.locator('[data-finder-matches] a').count()).toBe(6);
    expect(await page.locator('[data-finder-matches] a').first().textContent()).toBe('Bình Dương');
    // Enter does not guess between several provinces.
    await field.press('Enter');
    expect(new URL(page.url()).pathname).toBe('/');
    await field.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bình Dương');
    await field.fill('');
    await field.pressSequentially('xyz');
    await expect
      .poll(() => page.locator('[data-finder-status]').textContent())
      .toBe('Không có tỉnh, thành phố nào có tên như vậy.');
    expect(await page.locator('[data-finder-matches] li').count()).toBe(0);
    await page.close();
  });

  it('is a list of links to the 63 provinces, by region, without JavaScript', async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const links = page.locator('[data-finder-all] a');
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(63);
    expect(new Set(hrefs).size).toBe(63);
    for (const href of hrefs) expect(href).toMatch(/^\/tinh\/[a-z-]+\/$/);
    expect(await page.locator('[data-finder-all] h3').count()).toBe(6);
    await page.locator('[data-finder-all] summary').click();
    await page.getByRole('link', { name: 'Hà Giang', exact: true }).click();
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
    await page.locator('[data-finder-all] summary').click();
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
        await page.locator('[data-finder-all] summary').click();
        expect(await seriousAxeViolations(page), `${colorScheme} ${width}`).toEqual([]);
        await page.close();
      }
    }
  });
});
