import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers/astro.ts';
import { useBrowser } from '../helpers/browser.ts';

const origin = inject('siteOrigin');
const dist = join(projectRoot, 'dist');
const browser = useBrowser();

/** Every page of the build, as its URL path. */
const pages = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
  .map(
    (file) =>
      `/${file
        .replace(/index\.html$/, '')
        .split('\\')
        .join('/')}`,
  )
  .sort();

describe('every page on a 360 px phone', () => {
  it('fits the screen: wide tables and long notes scroll or wrap inside themselves, the page never sideways', async () => {
    expect(pages.length).toBeGreaterThan(100);
    const page = await browser().newPage({ viewport: { width: 360, height: 800 } });
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${origin}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path} (${width} px)`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });
});

describe('the page frame on a desktop screen', () => {
  it('centres the footer under the main column, as the header is', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    for (const path of ['/', '/tinh/lai-chau/', '/du-lieu/']) {
      await page.goto(`${origin}${path}`);
      const [main, footer] = await Promise.all(
        ['main', '.site-footer'].map((selector) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().left)),
      );
      expect(footer, path).toBeGreaterThan(100);
      expect(Math.abs(footer - main), path).toBeLessThan(1);
    }
    await page.close();
  });
});

describe('a long table', () => {
  it('shows whole rows and "Xem tất cả N dòng", which shows every row, by keyboard too, without scripts', async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/bieu-do/ho-ngheo-cac-tinh-2022-2025/`);
    const figure = page.locator('figure.chart').first();
    const rows = figure.locator('.data-table tbody tr:not(.group-heading)');
    const total = await rows.count();
    const visible = async () => (await rows.evaluateAll((all) => all.filter((row) => row.getClientRects().length > 0))).length;
    expect(total).toBeGreaterThan(12);
    expect(await visible()).toBeLessThanOrEqual(10);
    // The box is as tall as the rows it shows: nothing is cut inside it, no half row.
    const box = figure.locator('.data-table-scroll');
    expect(await box.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    const summary = figure.locator('.table-more summary');
    expect((await summary.innerText()).trim()).toBe(`Xem tất cả ${total} dòng`);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await visible()).toBe(total);
    expect((await summary.innerText()).trim()).toBe('Thu gọn bảng');
    await context.close();
  });
});

describe('a chart’s "Xem bảng số liệu"', () => {
  it('keeps the browser’s open/closed marker and a 44 px target', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${origin}/bieu-do/lai-chau-so-voi-vung-va-ca-nuoc/`);
    const summary = page.locator('.chart-data > summary');
    expect(await summary.evaluate((el) => getComputedStyle(el).display)).toBe('list-item');
    expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await page.close();
  });
});
