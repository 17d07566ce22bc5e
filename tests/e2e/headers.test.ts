import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

const siteOrigin = inject('siteOrigin');
const browser = useBrowser();

describe('the response headers in Chromium', () => {
  it('raise no warning (an unknown Permissions-Policy feature) and let the search run its WebAssembly in a worker', async () => {
    const page = await browser().newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
    });
    page.on('worker', (worker) => worker.on('console', (message) => messages.push(`worker: ${message.text()}`)));
    for (const path of ['/', '/nhung/lai-chau-ha-tang-2024/', '/khong-co/']) await page.goto(`${siteOrigin}${path}`);
    await page.goto(`${siteOrigin}/tim-kiem/?q=${encodeURIComponent('lai chau')}`);
    await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const workers = page.workers().map((worker) => new URL(worker.url()).pathname);
    expect(workers).toContain('/pagefind/pagefind-worker.js');
    // The 404 page logs the failed request itself, which is what it is for.
    expect(messages.filter((m) => !/status of 404/.test(m))).toEqual([]);
    await page.close();
  });
});
