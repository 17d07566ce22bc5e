import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chartOEmbed, embedSnippet } from '../../src/lib/embed/index.ts';
import { projectRoot } from '../helpers/astro.ts';
import { collectErrors, useBrowser } from '../helpers/browser.ts';
import { serveNginx } from '../helpers/nginxServer.ts';
import { serveStatic } from '../helpers/staticServer.ts';

const siteOrigin = inject('siteOrigin');
const dist = join(projectRoot, 'dist');
const charts = ['lai-chau-ha-tang-2024', 'lai-chau-so-voi-vung-va-ca-nuoc'];

const browser = useBrowser();
let host: { origin: string; server: Server };
// The same build on a second origin, as staging is to production.
let staging: { origin: string; server: Server };

/** A host page of the temp dir: its body, after a charset, a title and an empty icon. */
const hostPage = (body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Báo khác</title></head><body style="margin:0 auto;max-width:760px">${body}</body></html>`;
/** The iframe the loader makes for the chart `id`. */
const mounted = (id: string) => `[data-thuocdo-chart="${id}"] iframe`;
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
  staging = await serveStatic(join(projectRoot, 'dist'));
  const [a, b] = charts;
  const oembedHtml = chartOEmbed({ id: a, title: a }, siteOrigin, { height: 300 }).html;
  const pages = {
    'clobbered.html': `<div id="__thuocdo"></div><form name="__thuocdo"><input name="embeds"></form>${embedSnippet({ origin: siteOrigin, id: a, title: a })}`,
    // A snippet as the chart page gave it before `data-thuocdo-origin`.
    'old-snippet.html': `<div data-thuocdo-chart="${a}" data-title="${a}">\n  <noscript><a href="${siteOrigin}/bieu-do/${a}/"><img src="${siteOrigin}/bieu-do/${a}.png" alt="${a}" style="max-width:100%;height:auto"></a></noscript>\n</div>\n<script async src="${siteOrigin}/nhung.js"></script>`,
    'module.html': [
      `<div data-thuocdo-chart="${a}" data-thuocdo-origin="${siteOrigin}"></div>`,
      // An old snippet's div, without its origin.
      `<div data-thuocdo-chart="${b}"></div>`,
      `<script type="module" src="${siteOrigin}/nhung.js"></script>`,
    ].join('\n'),
    // The loader's code inline: nothing tells it which site it belongs to.
    'inline.html': `<div data-thuocdo-chart="${a}"></div><script type="module">${readFileSync(join(projectRoot, 'dist/nhung.js'), 'utf8')}</script>`,
    'two-origins.html': [
      embedSnippet({ origin: siteOrigin, id: a, title: a }),
      '<p>Đoạn văn của tòa soạn.</p>',
      embedSnippet({ origin: staging.origin, id: b, title: b }),
    ].join('\n'),
    // Each loader runs where it stands, before the next chart's div is parsed.
    'two-origins-in-order.html': [
      embedSnippet({ origin: siteOrigin, id: a, title: a }).replace(' async', ''),
      '<p>Đoạn văn của tòa soạn.</p>',
      embedSnippet({ origin: staging.origin, id: b, title: b }).replace(' async', ''),
    ].join('\n'),
    'two-modules.html': [
      `<div data-thuocdo-chart="${a}" data-thuocdo-origin="${siteOrigin}"></div>`,
      `<div data-thuocdo-chart="${b}" data-thuocdo-origin="${staging.origin}"></div>`,
      `<script type="module" src="${siteOrigin}/nhung.js"></script>`,
      `<script type="module" src="${staging.origin}/nhung.js"></script>`,
    ].join('\n'),
    'oembed.html': oembedHtml,
    // What WordPress and Ghost keep of an oEmbed answer from a provider they do not know.
    'oembed-iframe.html': oembedHtml.replace(/<script[^>]*><\/script>/, ''),
  };
  for (const [name, body] of Object.entries(pages)) writeFileSync(join(dir, name), hostPage(body));
  host = await serveStatic(dir);
});

afterAll(async () => {
  await new Promise((resolve) => host?.server.close(resolve));
  await new Promise((resolve) => staging?.server.close(resolve));
  await new Promise((resolve) => netlify?.server.close(resolve));
  await nginx?.stop();
});

/** The embed frame of the iframe `selector`, once it has loaded an embed page. */
async function embedFrame(page: Page, selector: string): Promise<Frame> {
  const iframe = await page.waitForSelector(selector);
  for (;;) {
    const frame = await iframe.contentFrame();
    if (frame?.url().includes('/nhung/')) {
      await frame.waitForLoadState('load');
      return frame;
    }
    await page.waitForTimeout(50);
  }
}

/** The height of the iframe `selector` on the host, and the height of the document inside it. */
async function heights(page: Page, selector: string): Promise<{ iframe: number; content: number }> {
  const frame = await embedFrame(page, selector);
  const content = await frame.evaluate(() => {
    const style = getComputedStyle(document.body);
    return document.body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  });
  const iframe = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
  return { iframe, content };
}

async function expectFitted(page: Page, selector: string) {
  await expect
    .poll(
      async () => {
        const { iframe, content } = await heights(page, selector);
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
      await expectFitted(page, mounted(id));
    }
    const [a, b] = await Promise.all(charts.map((id) => heights(page, mounted(id))));
    expect(Math.abs(a.iframe - b.iframe)).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follow the host width as it shrinks and grows', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(`${host.origin}/`);
    const id = charts[1];
    await page.locator(`[data-thuocdo-chart="${id}"]`).scrollIntoViewIfNeeded();
    await expectFitted(page, mounted(id));
    const wide = (await heights(page, mounted(id))).iframe;
    await page.setViewportSize({ width: 360, height: 1200 });
    await expectFitted(page, mounted(id));
    const narrow = (await heights(page, mounted(id))).iframe;
    expect(narrow).not.toBe(wide);
    await page.setViewportSize({ width: 900, height: 1200 });
    await expectFitted(page, mounted(id));
    expect(Math.abs((await heights(page, mounted(id))).iframe - wide)).toBeLessThanOrEqual(4);
    await page.close();
  });

  it('take the right height once an embed that loaded hidden is shown', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(`${host.origin}/hidden.html`);
    await page.waitForSelector('[data-thuocdo-chart] iframe', { state: 'attached' });
    await page.locator('summary').click();
    await expectFitted(page, mounted(charts[0]));
    await page.close();
  });

  it('ignore height messages from another origin', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(`${host.origin}/`);
    const id = charts[0];
    await expectFitted(page, mounted(id));
    const before = (await heights(page, mounted(id))).iframe;
    // The host page itself (a foreign origin for the loader) forges one of our messages.
    await page.evaluate((chart) => window.postMessage({ type: 'thuocdo:height', chart, height: 5 }, '*'), id);
    await page.waitForTimeout(300);
    expect((await heights(page, mounted(id))).iframe).toBe(before);
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

describe('the loader /nhung.js, hardened', () => {
  it('sandboxes its iframes: the embed runs and reports from its own origin, and its link back opens an unsandboxed tab', async () => {
    const context = await browser().newContext({ viewport: { width: 900, height: 1200 } });
    // The link back points at the production site: answer it here.
    await context.route('https://thuocdo.vn/**', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Thước Đo</title>' }),
    );
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/`);
    const id = charts[0];
    const sandbox = await page.locator(mounted(id)).getAttribute('sandbox');
    expect(sandbox?.split(' ').sort()).toEqual([
      'allow-popups',
      'allow-popups-to-escape-sandbox',
      'allow-same-origin',
      'allow-scripts',
    ]);
    await expectFitted(page, mounted(id));
    const frame = await embedFrame(page, mounted(id));
    const [tab] = await Promise.all([context.waitForEvent('page'), frame.locator('.embed-credit a').click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`https://thuocdo.vn/bieu-do/${id}/`);
    // A tab still in the sandbox could not open a dialog (no allow-modals).
    let dialog = false;
    tab.once('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await tab.evaluate(() => alert('Thước Đo'));
    expect(dialog).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('still mounts and resizes the snippet given before data-thuocdo-origin, in a sandbox', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/old-snippet.html`);
    await expectFitted(page, mounted(charts[0]));
    expect(await page.locator(mounted(charts[0])).getAttribute('src')).toBe(`${siteOrigin}/nhung/${charts[0]}/`);
    expect(await page.locator(mounted(charts[0])).getAttribute('sandbox')).toContain('allow-scripts');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps working when the host page has elements named __thuocdo', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/clobbered.html`);
    await expectFitted(page, mounted(charts[0]));
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const name of ['two-origins.html', 'two-origins-in-order.html', 'two-modules.html']) {
    it(`from two of our origins on one page, mounts each chart from its own origin and resizes it (${name})`, async () => {
      const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
      const errors = collectErrors(page);
      await page.goto(`${host.origin}/${name}`);
      for (const [id, origin] of [
        [charts[0], siteOrigin],
        [charts[1], staging.origin],
      ]) {
        await page.locator(`[data-thuocdo-chart="${id}"]`).scrollIntoViewIfNeeded();
        await expectFitted(page, mounted(id));
        expect(await page.locator(mounted(id)).getAttribute('src')).toBe(`${origin}/nhung/${id}/`);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('loaded as a module, mounts from the origin it was loaded from, old snippets too', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/module.html`);
    for (const id of charts) {
      await page.locator(`[data-thuocdo-chart="${id}"]`).scrollIntoViewIfNeeded();
      await expectFitted(page, mounted(id));
      expect(await page.locator(mounted(id)).getAttribute('src')).toBe(`${siteOrigin}/nhung/${id}/`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('mounts nothing, and says why in the console, when it cannot tell which origin it was loaded from', async () => {
    const page = await browser().newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/inline.html`);
    await expect.poll(() => errors.join('\n')).toContain('cannot tell which site it was loaded from');
    expect(await page.locator('iframe').count()).toBe(0);
    await page.close();
  });
});

describe('the oEmbed HTML on a page of another origin', () => {
  it('alone, as WordPress and Ghost keep it, shows the chart in a sandboxed iframe at the starting height', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/oembed-iframe.html`);
    const frame = await embedFrame(page, 'body > iframe');
    await expect.poll(() => frame.locator('figure.chart').count()).toBe(1);
    expect(await page.locator('body > iframe').getAttribute('sandbox')).toContain('allow-scripts');
    expect(await page.locator('body > iframe').evaluate((el) => el.getBoundingClientRect().height)).toBe(300);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with its script, has its iframe adopted and resized by the loader', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/oembed.html`);
    await expectFitted(page, 'body > iframe');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is resized by a loader that starts after the embed reported its height', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
    const errors = collectErrors(page);
    await page.goto(`${host.origin}/oembed-iframe.html`);
    const frame = await embedFrame(page, 'body > iframe');
    await expect.poll(() => frame.locator('figure.chart').count()).toBe(1);
    await page.waitForTimeout(500);
    await page.addScriptTag({ url: `${siteOrigin}/nhung.js` });
    await expectFitted(page, 'body > iframe');
    expect(errors).toEqual([]);
    await page.close();
  });
});
