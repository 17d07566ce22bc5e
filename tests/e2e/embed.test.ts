import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embedSnippet } from '../../src/lib/embed/index.ts';
import { projectRoot } from '../helpers/astro.ts';
import { collectErrors, useBrowser } from '../helpers/browser.ts';
import { serveNginx } from '../helpers/nginxServer.ts';
import { serveStatic } from '../helpers/staticServer.ts';

const siteOrigin = inject('siteOrigin');
const dist = join(projectRoot, 'dist');
const charts = ['lai-chau-ha-tang-2024', 'lai-chau-so-voi-vung-va-ca-nuoc'];

const browser = useBrowser();
let host: { origin: string; server: Server };
/** The site as the other hosts serve it: `_headers` read as Netlify does, and nginx with the generated include. */
let netlify: { origin: string; server: Server };
let nginx: { origin: string; stop: () => Promise<void> };
const framedPage = (origin: string) =>
  `<!doctype html><html><body><iframe id="page" src="${origin}/bieu-do/"></iframe><iframe id="embed" src="${origin}/nhung/${charts[0]}/"></iframe></body></html>`;

beforeAll(async () => {
  // The host page lives on another origin (another port), as a newsroom's page would.
  const dir = mkdtempSync(join(tmpdir(), 'thuocdo-host-'));
  const snippets = charts
    .map((id) => embedSnippet({ origin: siteOrigin, id, title: id }))
    .join('\n<p>Đoạn văn của tòa soạn.</p>\n');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Báo khác</title></head><body style="margin:0 auto;max-width:760px">${snippets}</body></html>`,
  );
  netlify = await serveStatic(dist, { host: 'netlify' });
  nginx = await serveNginx(dist);
  writeFileSync(join(dir, 'framed.html'), framedPage(siteOrigin));
  writeFileSync(join(dir, 'framed-netlify.html'), framedPage(netlify.origin));
  writeFileSync(join(dir, 'framed-nginx.html'), framedPage(nginx.origin));
  writeFileSync(
    join(dir, 'hidden.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><details><summary>Xem biểu đồ</summary>${embedSnippet({ origin: siteOrigin, id: charts[0], title: charts[0] })}</details></body></html>`,
  );
  writeFileSync(
    join(dir, 'pym.html'),
    `<!doctype html><html><body><script>window.seen=[];addEventListener('message',e=>seen.push(e.data))</script><iframe src="${siteOrigin}/nhung/${charts[0]}/?childId=bd1" style="width:600px;border:0"></iframe></body></html>`,
  );
  host = await serveStatic(dir);
});

afterAll(async () => {
  await new Promise((resolve) => host?.server.close(resolve));
  await new Promise((resolve) => netlify?.server.close(resolve));
  await nginx?.stop();
});

/** The embed frame of a chart, once it has loaded. */
async function embedFrame(page: Page, id: string): Promise<Frame> {
  await page.waitForSelector(`[data-thuocdo-chart="${id}"] iframe`);
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes(`/nhung/${id}/`));
    if (frame) {
      await frame.waitForLoadState('load');
      return frame;
    }
    await page.waitForTimeout(50);
  }
}

/** The iframe's height on the host, and the height of the document inside it. */
async function heights(page: Page, id: string): Promise<{ iframe: number; content: number }> {
  const frame = await embedFrame(page, id);
  const content = await frame.evaluate(() => {
    const style = getComputedStyle(document.body);
    return document.body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  });
  const iframe = await page.locator(`[data-thuocdo-chart="${id}"] iframe`).evaluate((el) => el.getBoundingClientRect().height);
  return { iframe, content };
}

async function expectFitted(page: Page, id: string) {
  await expect
    .poll(
      async () => {
        const { iframe, content } = await heights(page, id);
        return Math.abs(iframe - content);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(4);
}

describe('embeds on a page of another origin', () => {
  it('make lazy, titled iframes that take their content height, each its own', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/`);
    const frames = page.locator('[data-thuocdo-chart] iframe');
    await expect.poll(() => frames.count()).toBe(2);
    expect(await frames.first().getAttribute('loading')).toBe('lazy');
    expect(await frames.first().getAttribute('title')).toBe(charts[0]);
    expect(await frames.first().getAttribute('aria-label')).toBe(charts[0]);
    for (const id of charts) {
      await page.locator(`[data-thuocdo-chart="${id}"]`).scrollIntoViewIfNeeded();
      await expectFitted(page, id);
    }
    const [a, b] = await Promise.all(charts.map((id) => heights(page, id)));
    expect(Math.abs(a.iframe - b.iframe)).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follow the host width as it shrinks and grows', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(`${host.origin}/`);
    const id = charts[1];
    await page.locator(`[data-thuocdo-chart="${id}"]`).scrollIntoViewIfNeeded();
    await expectFitted(page, id);
    const wide = (await heights(page, id)).iframe;
    await page.setViewportSize({ width: 360, height: 1200 });
    await expectFitted(page, id);
    const narrow = (await heights(page, id)).iframe;
    expect(narrow).not.toBe(wide);
    await page.setViewportSize({ width: 900, height: 1200 });
    await expectFitted(page, id);
    expect(Math.abs((await heights(page, id)).iframe - wide)).toBeLessThanOrEqual(4);
    await page.close();
  });

  it('take the right height once an embed that loaded hidden is shown', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(`${host.origin}/hidden.html`);
    await page.waitForSelector('[data-thuocdo-chart] iframe', { state: 'attached' });
    await page.locator('summary').click();
    await expectFitted(page, charts[0]);
    await page.close();
  });

  it('ignore height messages from another origin', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(`${host.origin}/`);
    const id = charts[0];
    await expectFitted(page, id);
    const before = (await heights(page, id)).iframe;
    // The host page itself (a foreign origin for the loader) forges one of our messages.
    await page.evaluate((chart) => window.postMessage({ type: 'thuocdo:height', chart, height: 5 }, '*'), id);
    await page.waitForTimeout(300);
    expect((await heights(page, id)).iframe).toBe(before);
    await page.close();
  });

  it('send the pym.js height message when pym names the child', async () => {
    const page = await browser().newPage();
    await page.goto(`${host.origin}/pym.html`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.find((m) => typeof m === 'string')))
      .toMatch(/^pymxPYMxbd1xPYMxheightxPYMx\d+$/);
    const amp = await page.evaluate(() =>
      (window as unknown as { seen: { sentinel?: string; type?: string }[] }).seen.find((m) => m?.sentinel === 'amp'),
    );
    expect(amp).toMatchObject({ sentinel: 'amp', type: 'embed-size' });
    await page.close();
  });

  it.each([
    ['as Cloudflare Pages reads _headers', 'framed.html'],
    ['as Netlify reads _headers, X-Frame-Options left on the embed', 'framed-netlify.html'],
    ['by nginx with the generated include', 'framed-nginx.html'],
  ])('may be framed by any site, while other pages may be framed only by our own, served %s', async (_, file) => {
    const page = await browser().newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors|Refused to frame/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${host.origin}/${file}`);
    const embed = page.frames().find((f) => f.url().includes('/nhung/'));
    await expect
      .poll(async () => embed?.evaluate(() => document.querySelector('figure.chart') !== null).catch(() => false))
      .toBe(true);
    // The only other frame is the chart page: Chromium refuses it under frame-ancestors 'self'.
    await expect.poll(() => refused.join('\n')).toContain("frame-ancestors 'self'");
    await page.close();
  });

  it('follow the host theme given in the URL', async () => {
    const page = await browser().newPage({ colorScheme: 'light' });
    await page.goto(`${siteOrigin}/nhung/${charts[0]}/?theme=dark`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 18, 18)');
    await page.close();
  });
});
