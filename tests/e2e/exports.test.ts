/**
 * A chart's SVG download renders in a browser as it does in its PNG: opened directly from the
 * site (its own response carries the site's CSP, `style-src 'self'`, which blocks any inline
 * style sheet) and shown as an `<img>` in a page. The map is the test: its colours are its
 * content, and a blocked style sheet turns it black.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { palette } from '../../src/lib/charts/palette.ts';
import { useBrowser } from '../helpers/browser.ts';

const origin = inject('siteOrigin');
const browser = useBrowser();
const MAP = 'ban-do-ty-le-ho-ngheo-2006-2016';

/** Console errors and warnings, CSP reports among them ("Refused to apply inline style …"). */
function collectMessages(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    // Opened directly, an SVG has no icon link: Chromium asks for /favicon.ico, which the site has not.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  return messages;
}

/**
 * How many pixels of a PNG screenshot have each map colour (within a small tolerance for
 * antialiasing), and how many are black: decoded by Chromium itself on a blank page.
 */
async function colourCounts(png: Buffer): Promise<{ map: number[]; black: number }> {
  const page = await browser().newPage();
  const counts = await page.evaluate(
    async ({ data, colours }) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const rgb = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const map = colours.map(() => 0);
      let black = 0;
      for (let p = 0; p < pixels.length; p += 4) {
        const [r, g, b] = [pixels[p], pixels[p + 1], pixels[p + 2]];
        if (r + g + b < 30) black++;
        rgb.forEach(([cr, cg, cb], i) => {
          if (Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb) <= 6) map[i]++;
        });
      }
      return { map, black };
    },
    { data: png.toString('base64'), colours: [...palette.map] },
  );
  await page.close();
  return counts;
}

/** The map's colours are drawn: at least three of its classes over a visible area, next to no black. */
function expectLightMap({ map, black }: { map: number[]; black: number }) {
  expect(map.filter((n) => n > 500).length, `pixels per map colour: ${map.join(', ')}`).toBeGreaterThanOrEqual(3);
  expect(black, 'black pixels').toBeLessThan(map.reduce((sum, n) => sum + n, 0) / 20);
}

describe('a chart exported as SVG, in Chromium', () => {
  it('opened directly under the site’s headers: no CSP violation, the map in its colours', async () => {
    const page = await browser().newPage({ viewport: { width: 680, height: 1100 } });
    const messages = collectMessages(page);
    const response = await page.goto(`${origin}/bieu-do/${MAP}.svg`);
    expect(response!.status()).toBe(200);
    // The test means something only if the file is served with the policy that blocks inline styles.
    expect(response!.headers()['content-security-policy']).toMatch(/style-src 'self'(;|$)/);
    const fills = await page.evaluate(() => [...document.querySelectorAll('.province')].map((e) => getComputedStyle(e).fill));
    expect(fills.length).toBeGreaterThan(60);
    expect(fills.filter((fill) => fill === 'rgb(0, 0, 0)')).toEqual([]);
    expectLightMap(await colourCounts(await page.screenshot()));
    expect(messages).toEqual([]);
    await page.close();
  });

  it('shown as an <img> in a page of the site: no CSP violation, the map in its colours', async () => {
    const page = await browser().newPage({ viewport: { width: 800, height: 1200 } });
    const messages = collectMessages(page);
    await page.goto(`${origin}/bieu-do/${MAP}/`);
    // Built through the DOM, not inline markup: the page's CSP stays as the site sends it.
    await page.evaluate((src) => {
      document.body.replaceChildren();
      const image = document.createElement('img');
      image.src = src;
      image.alt = '';
      image.width = 680;
      document.body.append(image);
      return image.decode();
    }, `/bieu-do/${MAP}.svg`);
    const image = page.locator('img');
    expect(await image.evaluate((e: HTMLImageElement) => e.naturalWidth)).toBe(680);
    expectLightMap(await colourCounts(await image.screenshot()));
    expect(messages).toEqual([]);
    await page.close();
  });
});
