/**
 * Figures in pages: every chart a story or a province page shows leads to its chart page (embed
 * code, downloads) and its dataset; the chart index leads to every published chart; a figure
 * breaks out of the reading column on a desktop and keeps to it on a phone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/astro.ts';
import { seriousAxeViolations, useBrowser } from '../helpers/browser.ts';

const origin = inject('siteOrigin');
const browser = useBrowser();
const dist = join(projectRoot, 'dist');
const chartsDir = join(projectRoot, 'src/content/charts');

/** Published chart id → its dataset id, from the specs. */
const datasets = new Map<string, string>(
  readdirSync(chartsDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => [file.replace(/\.yaml$/, ''), parse(readFileSync(join(chartsDir, file), 'utf8')).dataset as string]),
);
/** The pages of a folder of the build, e.g. every story (a subfolder without a page of its own is not one). */
const pagesOf = (folder: string) =>
  readdirSync(join(dist, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, folder, entry.name, 'index.html')))
    .map((entry) => `/${folder}/${entry.name}/`);

/** Each chart of a page with the links under it. */
async function figuresOf(page: Page, path: string) {
  await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
  return page.locator('figure.chart').evaluateAll((nodes) =>
    nodes.map((figure) => ({
      id: figure.getAttribute('data-chart')!,
      links: [...figure.querySelectorAll('.chart-reach a')].map((a) => a.getAttribute('href')),
      width: figure.getBoundingClientRect().width,
    })),
  );
}

/** On a 1280 px screen every figure breaks out of the 36–40rem text column. */
const desktop = { viewport: { width: 1280, height: 900 } };
const brokeOut = (width: number) => width >= 790;

describe('every figure of a story or a province page is within reach', () => {
  it('a published chart links to its chart page (embed code, downloads) and its dataset, and breaks out on a desktop', async () => {
    const stories = pagesOf('bai-viet');
    expect(stories.length).toBeGreaterThan(5);
    const page = await browser().newPage(desktop);
    const missing: string[] = [];
    let seen = 0;
    for (const path of stories) {
      for (const { id, links, width } of await figuresOf(page, path)) {
        seen += 1;
        const dataset = datasets.get(id);
        const expected = [`/bieu-do/${id}/#nhung-bieu-do`, `/bieu-do/${id}/#tai-ve`, `/du-lieu/${dataset}/`];
        if (!dataset || JSON.stringify(links) !== JSON.stringify(expected)) missing.push(`${path} ${id}: ${links.join(' ')}`);
        if (!brokeOut(width)) missing.push(`${path} ${id}: ${width} px wide`);
      }
    }
    expect(seen).toBeGreaterThan(10);
    expect(missing).toEqual([]);
    await page.close();
  });

  it("a province's trend chart, which has no chart page, links to its dataset, and breaks out on a desktop", async () => {
    // The 63 old provinces' pages: /tinh/2025/ is the index of the 34, in a folder of its own.
    const provinces = pagesOf('tinh').filter((path) => path !== '/tinh/2025/');
    expect(provinces.length).toBe(63);
    const page = await browser().newPage(desktop);
    const wrong: string[] = [];
    for (const path of provinces) {
      for (const { id, links, width } of await figuresOf(page, path)) {
        if (!brokeOut(width)) wrong.push(`${path} ${id}: ${width} px wide`);
        const dataset = datasets.get(id);
        const expected = dataset
          ? [`/bieu-do/${id}/#nhung-bieu-do`, `/bieu-do/${id}/#tai-ve`, `/du-lieu/${dataset}/`]
          : ['/du-lieu/poverty-rate-by-province/'];
        if (JSON.stringify(links) !== JSON.stringify(expected)) wrong.push(`${path} ${id}: ${links.join(' ')}`);
      }
    }
    expect(wrong).toEqual([]);
    await page.close();
  });

  it("a 2025 unit's chart of its old provinces links to its dataset, and breaks out on a desktop", async () => {
    const units = pagesOf('tinh/2025');
    expect(units.length).toBe(34);
    const page = await browser().newPage(desktop);
    const wrong: string[] = [];
    for (const path of units) {
      const figures = await figuresOf(page, path);
      if (figures.length !== 1) wrong.push(`${path}: ${figures.length} figures`);
      for (const { id, links, width } of figures) {
        if (!brokeOut(width)) wrong.push(`${path} ${id}: ${width} px wide`);
        if (JSON.stringify(links) !== JSON.stringify(['/du-lieu/poverty-rate-by-province/']))
          wrong.push(`${path} ${id}: ${links.join(' ')}`);
      }
    }
    expect(wrong).toEqual([]);
    await page.close();
  });

  it('the links arrive: the chart page has the sections they name, the dataset page exists', async () => {
    const page = await browser().newPage();
    const [id, dataset] = [...datasets][0];
    await page.goto(`${origin}/bieu-do/${id}/`);
    expect(await page.locator('#nhung-bieu-do').count()).toBe(1);
    expect(await page.locator('#tai-ve').count()).toBe(1);
    // On the chart page itself, the figure links to its dataset only: the rest is below it.
    expect(await page.locator('figure.chart .chart-reach a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      `/du-lieu/${dataset}/`,
    ]);
    const response = await page.goto(`${origin}/du-lieu/${dataset}/`);
    expect(response?.status()).toBe(200);
    await page.close();
  });

  it('an embed shows no such line: it has its own footer', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin}/nhung/${[...datasets.keys()][0]}/`);
    expect(await page.locator('figure.chart').count()).toBe(1);
    expect(await page.locator('.chart-reach').count()).toBe(0);
    await page.close();
  });
});

describe('the chart index /bieu-do/', () => {
  it('links to every published chart with its small drawing, which loads at the size it declares', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/bieu-do/`);
    const cards = await page.locator('.chart-card').evaluateAll((nodes) =>
      nodes.map((card) => {
        const img = card.querySelector('img.chart-thumbnail')!;
        return {
          href: card.querySelector('.chart-card-title a')!.getAttribute('href'),
          name: card.querySelector('.chart-card-title a')!.textContent!.trim(),
          src: img.getAttribute('src'),
          alt: img.getAttribute('alt'),
          size: [img.getAttribute('width'), img.getAttribute('height')],
        };
      }),
    );
    expect(cards.map((card) => card.href).sort()).toEqual([...datasets.keys()].map((id) => `/bieu-do/${id}/`).sort());
    // No chart is drawn inline: the index is pictures.
    expect(await page.locator('svg.chart-svg').count()).toBe(0);
    for (const card of cards) {
      expect(card.name.length, card.href!).toBeGreaterThan(5);
      expect(card.alt).toBe('');
      const response = await page.request.get(`${origin}${card.src}`);
      expect(response.headers()['content-type']).toContain('image/svg+xml');
      const svg = await response.text();
      expect(svg, card.src!).toContain(`viewBox="0 0 ${card.size[0]} ${card.size[1]}"`);
      expect(svg).not.toContain('<style');
    }
    await page.close();
  });

  it('is a grid on a desktop and a list on a phone', async () => {
    for (const [width, columns] of [
      [1280, 3],
      [360, 1],
    ]) {
      const page = await browser().newPage({ viewport: { width, height: 900 } });
      await page.goto(`${origin}/bieu-do/`);
      const tops = await page
        .locator('.chart-card')
        .evaluateAll((cards) => cards.slice(0, 3).map((c) => c.getBoundingClientRect().top));
      expect(new Set(tops).size, `${width} px`).toBe(columns === 3 ? 1 : 3);
      await page.close();
    }
  });
});

describe('a figure in a story', () => {
  const story = '/bai-viet/lai-chau-giam-ngheo-2006-2024/';

  it('breaks out of the reading column on a desktop, in its wide layout, and keeps to the column on a phone', async () => {
    for (const [width, wider] of [
      [1280, true],
      [360, false],
    ] as const) {
      const page = await browser().newPage({ viewport: { width, height: 900 } });
      await page.goto(`${origin}${story}`);
      const text = await page.locator('.story-body > p').first().boundingBox();
      const figure = page.locator('.story-body > figure.chart').first();
      const box = (await figure.boundingBox())!;
      if (wider) {
        expect(box.width).toBeGreaterThan(text!.width + 100);
        expect(await figure.locator('.layout-wide svg').isVisible()).toBe(true);
      } else {
        expect(Math.abs(box.width - text!.width)).toBeLessThan(1);
        expect(await figure.locator('.layout-narrow svg').isVisible()).toBe(true);
      }
      // Centred on the text column.
      expect(Math.abs(box.x + box.width / 2 - (text!.x + text!.width / 2))).toBeLessThan(1);
      await page.close();
    }
  });
});

describe('figures that broke out, on a desktop', () => {
  it('have no serious or critical axe violation, in light and dark themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected as an inline script: the test bypasses our Content Security Policy to run it.
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true });
      for (const path of [
        '/bai-viet/ban-do-ngheo-da-chieu-2023/',
        '/bai-viet/lai-chau-giam-ngheo-2006-2024/',
        '/tinh/lai-chau/',
      ]) {
        await page.goto(`${origin}${path}`);
        expect(await seriousAxeViolations(page), `${path} ${colorScheme}`).toEqual([]);
      }
      await page.close();
    }
  });
});

describe("the map's year selector on a phone", () => {
  it('shows every year in one row without moving the map when it appears, and arrow keys still move between them', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${origin}/bieu-do/ban-do-ty-le-ho-ngheo-2006-2016/`);
    const selector = page.locator('.year-selector');
    await selector.waitFor({ state: 'visible' });
    const labels = selector.locator('label');
    expect(await labels.count()).toBe(8);
    const tops = await labels.evaluateAll((nodes) => nodes.map((n) => Math.round(n.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const row = await selector.locator('.years').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(row).toBeLessThanOrEqual(0);
    // The map did not move when the selector appeared: its room was kept.
    const enhancedTop = await page.locator('.map-svg').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const plain = await browser().newPage({ viewport: { width: 360, height: 800 } });
    await plain.route('**/*.js', (route) => route.abort());
    await plain.goto(`${origin}/bieu-do/ban-do-ty-le-ho-ngheo-2006-2016/`);
    expect(await plain.locator('.year-selector').isVisible()).toBe(false);
    expect(await plain.locator('.map-year').isVisible()).toBe(true);
    expect(await plain.locator('.map-svg').evaluate((el) => el.getBoundingClientRect().top + scrollY)).toBe(enhancedTop);
    await plain.close();
    const radios = selector.getByRole('radio');
    await radios.last().focus();
    await page.keyboard.press('ArrowLeft');
    expect(await selector.getByRole('radio', { name: '2015' }).isChecked()).toBe(true);
    await page.close();
  });
});
