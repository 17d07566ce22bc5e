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
