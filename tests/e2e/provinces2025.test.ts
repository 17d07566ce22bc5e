/**
 * The pages of the 34 units since 1 July 2025 in a browser: accessible in both themes, on a
 * phone and a desktop, merged and unmerged, and the old page leads to the new one.
 */
import { describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations, useBrowser } from '../helpers/browser.ts';

const origin = inject('siteOrigin');
const browser = useBrowser();

describe('a unit since 1 July 2025', () => {
  it('has no serious or critical axe violation, light and dark, merged and unmerged, on a phone and a desktop', async () => {
    const wrong: Record<string, string[]> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        // axe is injected as an inline script: the test bypasses our Content Security Policy to run it.
        const page = await browser().newPage({ viewport: { width, height: 900 }, colorScheme, bypassCSP: true });
        for (const path of ['/tinh/2025/tuyen-quang/', '/tinh/2025/lai-chau/', '/tinh/']) {
          await page.goto(`${origin}${path}`);
          const violations = await seriousAxeViolations(page);
          if (violations.length > 0) wrong[`${path} ${colorScheme} ${width}`] = violations;
        }
        await page.close();
      }
    }
    expect(wrong).toEqual({});
  });

  it('is reached from the old page of a merged province, and leads back to it', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${origin}/tinh/ha-giang/`);
    await expect.poll(() => page.locator('.province-era').textContent()).toBe('Tỉnh trước 01/07/2025');
    await page.getByRole('link', { name: 'tỉnh Tuyên Quang mới' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/tinh/2025/tuyen-quang/');
    expect(await page.locator('h1').textContent()).toBe('Tuyên Quang');
    await page.locator('.province-era').getByRole('link', { name: 'Hà Giang' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/tinh/ha-giang/');
    await page.close();
  });

  it('is found by search, after the fuller page of the old province of the same name', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent('tuyen quang')}`);
    await page.waitForFunction(() => /kết quả cho/.test(document.querySelector('.search-status')?.textContent ?? ''));
    const results = await page
      .locator('.search-results a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results).toContain('/tinh/2025/tuyen-quang/');
    expect(results).toContain('/tinh/tuyen-quang/');
    expect(results.indexOf('/tinh/tuyen-quang/')).toBeLessThan(results.indexOf('/tinh/2025/tuyen-quang/'));
    await page.close();
  });
});
