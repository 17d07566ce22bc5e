import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers/astro.ts';
import { collectErrors, seriousAxeViolations, useBrowser } from '../helpers/browser.ts';

const origin = inject('siteOrigin');

const browser = useBrowser();

/** Every published chart: between them, every chart type. */
const chartIds = readdirSync(join(projectRoot, 'src/content/charts'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''))
  .sort();

/** A chart's own page, where it is drawn (the index /bieu-do/ shows small pictures of them). */
async function openChart(id: string, width = 390): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width, height: 900 } });
  const errors = collectErrors(page);
  await page.goto(`${origin}/bieu-do/${id}/`);
  return { page, errors };
}

/** Scrolls a chart into view, so its interaction loads, and waits for it. */
async function enhanced(page: Page, id: string) {
  const figure = page.locator(`figure[data-chart="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await page.waitForSelector(`figure[data-chart="${id}"][data-enhanced]`);
  return figure;
}

describe('charts in Chromium', () => {
  it('show a tooltip with the value in Vietnamese format on hover, and close it with Escape', async () => {
    const { page, errors } = await openChart('lai-chau-so-voi-vung-va-ca-nuoc', 1024);
    const figure = await enhanced(page, 'lai-chau-so-voi-vung-va-ca-nuoc');
    await figure.locator('.layout-wide circle[data-label="Lai Châu, 2006"]').hover();
    const tooltip = figure.locator('.chart-tooltip');
    await expect.poll(() => tooltip.textContent()).toBe('Lai Châu, 2006: 58,2%');
    expect(await tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tooltip.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keep a tooltip whole inside the figure, even for the point at its left edge on a phone', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${origin}/bieu-do/ho-ngheo-va-ho-dung-dien-2006/`);
    const figure = await enhanced(page, 'ho-ngheo-va-ho-dung-dien-2006');
    const points = figure.locator('.layout-narrow .point');
    // The point furthest left: its tooltip ("Tỉnh: x; y") is far wider than the 60 px once kept clear.
    const lefts = await points.evaluateAll((all) => all.map((p) => p.getBoundingClientRect().left));
    await points.nth(lefts.indexOf(Math.min(...lefts))).hover();
    const tooltip = figure.locator('.chart-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const [tip, frame] = await Promise.all([tooltip.boundingBox(), figure.boundingBox()]);
    expect(tip!.width).toBeGreaterThan(120);
    expect(tip!.x).toBeGreaterThanOrEqual(frame!.x - 0.5);
    expect(tip!.x + tip!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 0.5);
    await page.close();
  });

  it('write an axis unit in the muted colour of the tick labels beside it, as the export does', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/bieu-do/lai-chau-so-voi-vung-va-ca-nuoc/`);
    const [unit, tick] = await page.evaluate(() =>
      ['.layout-wide .unit text', '.layout-wide .axis text'].map(
        (selector) => getComputedStyle(document.querySelector(selector)!).fill,
      ),
    );
    expect(unit).toBe(tick);
    await page.close();
  });

  it('let the keyboard reach every data point while the live region reads each one', async () => {
    const { page, errors } = await openChart('lai-chau-muc-giam-ty-le-ho-ngheo-2021-2023');
    const figure = await enhanced(page, 'lai-chau-muc-giam-ty-le-ho-ngheo-2021-2023');
    const svg = figure.locator('.layout-narrow svg');
    const pointCount = await svg.locator('.point').count();
    expect(pointCount).toBe(3);
    await svg.focus();
    const live = figure.locator('[data-chart-live]');
    const heard = [await live.textContent()];
    for (let i = 1; i < pointCount; i++) {
      await page.keyboard.press('ArrowRight');
      heard.push(await live.textContent());
    }
    expect(heard).toEqual(['2021: 3,01 điểm %', '2022: 3,68 điểm %', '2023: 4,66 điểm %']);
    await page.keyboard.press('ArrowRight');
    expect(await live.textContent()).toBe('2021: 3,01 điểm %');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reach the map with Tab, and recolour it when another year is chosen', async () => {
    const { page, errors } = await openChart('ban-do-ty-le-ho-ngheo-2006-2016');
    const figure = await enhanced(page, 'ban-do-ty-le-ho-ngheo-2006-2016');
    const laiChau = figure.locator('path.province[data-code="12"]');
    // 27,9% in 2016: the 20–30% class of thresholds 5, 10, 20, 30, 40, 50.
    expect(await laiChau.getAttribute('class')).toBe('point province q3');
    expect(await laiChau.getAttribute('data-value')).toBe('27,9%');
    await figure.locator('.year-selector input[value="2006"]').check();
    expect(await laiChau.getAttribute('class')).toBe('point province q6');
    expect(await laiChau.getAttribute('data-value')).toBe('58,2%');
    expect(await figure.locator('[data-map-year]').textContent()).toBe('2006');
    // Before 01/08/2008 Hà Nội had other boundaries: not coloured with old Hà Nội's figure, and said so.
    const haNoi = figure.locator('path.province[data-code="01"]');
    expect(await haNoi.getAttribute('class')).toBe('point province incomparable');
    expect(await haNoi.getAttribute('data-value')).toContain('(theo địa giới trước 01/08/2008)');
    expect(await figure.locator('[data-map-boundaries]').textContent()).toContain(
      'Năm 2006, Hà Nội, Vĩnh Phúc và Hòa Bình có địa giới trước 01/08/2008 nên không tô màu',
    );
    // Hồ Chí Minh has no 2016 value: grey, and said so.
    await figure.locator('.year-selector input[value="2016"]').check();
    expect(await figure.locator('path.province[data-code="79"]').getAttribute('class')).toBe('point province nodata');
    expect(await figure.locator('[data-map-boundaries]').textContent()).toBe(
      'Bản đồ vẽ địa giới 63 tỉnh, thành phố trước ngày 01/07/2025.',
    );
    // From the year selector, Tab moves on to the map itself.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('map-svg'))).toBe(true);
    expect(await figure.locator('[data-chart-live]').textContent()).toMatch(/^[^:]+: (\d+(,\d+)?%|không có số liệu)$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sort the table chart by a column when its header is pressed, within each year', async () => {
    const { page } = await openChart('ho-ngheo-cac-tinh-2022-2025', 1024);
    const figure = await enhanced(page, 'ho-ngheo-cac-tinh-2022-2025');
    // The first row of each year's body, after its heading row.
    const firstOfEachYear = () =>
      figure
        .locator('tbody')
        .evaluateAll((bodies: HTMLTableSectionElement[]) =>
          bodies.map((b) => [
            b.rows[0].textContent?.trim(),
            b.querySelector<HTMLElement>('tr:not([data-group]) th')?.dataset.sort,
          ]),
        );
    await figure.getByRole('button', { name: 'Tỉnh' }).click();
    // Vietnamese order within each year: a before ă, ă before â (Bà Rịa, Bắc Ninh, Cà Mau, Cần Thơ).
    expect(await firstOfEachYear()).toEqual([
      ['Năm rà soát 2021', 'Bắc Kạn'],
      ['Năm rà soát 2022', 'Bắc Ninh'],
      ['Năm rà soát 2023', 'Bà Rịa - Vũng Tàu'],
      ['Năm rà soát 2024', 'Cà Mau'],
      ['Năm rà soát 2025', 'Điện Biên'],
    ]);
    expect(await figure.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await page.close();
  });

  it('draw every chart without JavaScript, with its data table', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    expect(chartIds.length).toBeGreaterThanOrEqual(7);
    for (const id of chartIds) {
      await page.goto(`${origin}/bieu-do/${id}/`);
      const figure = page.locator('figure.chart');
      expect(await figure.count(), id).toBe(1);
      expect(await figure.locator('svg.chart-svg, table.data-table').count(), id).toBeGreaterThan(0);
      expect(await figure.locator('table.data-table').count(), id).toBe(1);
    }
    await page.goto(`${origin}/bieu-do/ban-do-ty-le-ho-ngheo-2006-2016/`);
    expect(await page.locator('.year-selector').first().isHidden()).toBe(true);
    await context.close();
  });

  it('have no serious or critical axe violations, in light and dark themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected as an inline script: the test bypasses our Content Security Policy to run it.
      const page = await browser().newPage({ viewport: { width: 390, height: 900 }, colorScheme, bypassCSP: true });
      for (const path of ['/bieu-do/', ...chartIds.map((id) => `/bieu-do/${id}/`)]) {
        await page.goto(`${origin}${path}`);
        const violations = await seriousAxeViolations(page);
        expect(violations, `${path} ${colorScheme}`).toEqual([]);
      }
      await page.close();
    }
  });
});
