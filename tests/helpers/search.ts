import type { Page } from 'playwright-core';

/** The addresses the search page of `site` lists for a query, in order, every "more" pressed. */
export async function searchResults(page: Page, site: string, query: string): Promise<string[]> {
  await page.goto(`${site}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() =>
    /kết quả cho|Không tìm thấy/.test(document.querySelector('.search-status')?.textContent ?? ''),
  );
  while (await page.locator('.search-more').isVisible()) {
    const count = await page.locator('.search-results li').count();
    await page.locator('.search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-results li').length > n, count);
  }
  return page
    .locator('.search-results a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
