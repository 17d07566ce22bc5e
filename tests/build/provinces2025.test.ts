/**
 * The 34 units since 1 July 2025 in the built site: a page each, both ways between the 63 and
 * the 34, in the sitemap, the search index, the breadcrumb and the structured data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets, PROVINCES_ID, provincesFrom } from '../../src/lib/data/index.ts';
import { provinces2025, unitOf } from '../../src/lib/provinces/provinces2025.ts';
import { province2025Path, provincePath } from '../../src/lib/urls.ts';
import { projectRoot } from '../helpers/astro.ts';

// tests/helpers/siteSetup.ts has built the site.
const dist = join(projectRoot, 'dist');
const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const tables = loadDatasets(join(projectRoot, 'data'), projectRoot);
const provinces = provincesFrom(tables.get(PROVINCES_ID)!);
const units = provinces2025(provinces, tables.get('province-merger-2025')!);
const ldOf = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]) as Record<string, unknown>;
const hrefs = (html: string) => new Set([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]));

describe('the 34 units since 1 July 2025', () => {
  it('each has a page that names it in the heading, says it is a unit since 01/07/2025, links to all its old provinces and draws a chart', () => {
    expect(units).toHaveLength(34);
    for (const unit of units) {
      const html = read(province2025Path(unit.slug));
      expect(html, unit.name).toContain(`<h1 class="province-name">${unit.name}</h1>`);
      expect(html, unit.name).toMatch(/<p class="province-era province-era-new">\s*(Tỉnh|Thành phố), từ 01\/07\/2025 ·/);
      const links = hrefs(html);
      for (const p of unit.predecessors) expect(links.has(provincePath(p.slug)), `${unit.name} → ${p.name}`).toBe(true);
      expect(html, unit.name).toMatch(/<figure class="chart chart-line"[^>]*>[\s\S]*?<svg[^>]*class="chart-svg/);
      const lines = [...html.matchAll(/<figure[\s\S]*?<\/figure>/g)][0][0];
      for (const p of unit.predecessors) expect(lines, `${unit.name}: line of ${p.name}`).toContain(p.name);
    }
  });

  it('says plainly that no source ranks the 34, and what is known after 2025', () => {
    const html = read('/tinh/2025/tuyen-quang/');
    expect(html).toContain('Chưa có nguồn nào công bố xếp hạng giữa 34 tỉnh, thành phố từ 01/07/2025');
    expect(html).toContain('Chưa có nguồn nào công bố chuỗi số liệu theo 34 tỉnh, thành phố mới.');
    // No rate of the new unit: no year where both old provinces published both counts.
    expect(html).toContain('Thước Đo không tính tỷ lệ hộ nghèo chung cho tỉnh Tuyên Quang mới');
  });

  it('an unmerged unit points to its one old province’s full page', () => {
    const html = read('/tinh/2025/lai-chau/');
    expect(html).toContain('giữ nguyên địa giới của <a href="/tinh/lai-chau/">Lai Châu</a> trước đây');
    expect(html).toContain('<a href="/tinh/lai-chau/">Lai Châu trước 01/07/2025</a>');
  });

  it('every old province links to its unit’s new page and says it is of before 01/07/2025', () => {
    for (const province of provinces.values()) {
      const html = read(provincePath(province.slug));
      const unit = unitOf(units, province.code);
      expect(hrefs(html).has(province2025Path(unit.slug)), `${province.name} → ${unit.name}`).toBe(true);
      expect(html, province.name).toMatch(/<p class="province-era province-era-old">(Tỉnh|Thành phố) trước 01\/07\/2025<\/p>/);
    }
    // The old page sharing the new name is not where Hà Giang belongs now.
    expect(read('/tinh/ha-giang/')).toContain('<a href="/tinh/2025/tuyen-quang/">tỉnh Tuyên Quang mới</a>');
  });

  it('are in the breadcrumb trail, the sitemap and the search index', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const unit of units) {
      const html = read(province2025Path(unit.slug));
      expect(sitemap).toContain(`<loc>https://thuocdo.vn${province2025Path(unit.slug)}</loc>`);
      expect(html).toContain('data-pagefind-body');
      const crumbs = /<nav class="breadcrumb"[^>]*>([\s\S]*?)<\/nav>/.exec(html)![1].replace(/<[^>]+>/g, '');
      expect(crumbs).toBe(`Trang chủ / Tỉnh, thành phố / 34 tỉnh, thành phố từ 01/07/2025 / ${unit.name}`);
      expect(html).toContain('<a href="/tinh/2025/">34 tỉnh, thành phố từ 01/07/2025</a>');
    }
  });

  it('have a parent page at /tinh/2025/ (a shortened address finds the 34, not a 404), linking to every unit', () => {
    const html = read('/tinh/2025/');
    expect(html).toContain('<h1>34 tỉnh, thành phố từ 01/07/2025</h1>');
    for (const unit of units) expect(hrefs(html).has(province2025Path(unit.slug)), unit.name).toBe(true);
  });

  it('say where they are in schema.org Place: a unit in Việt Nam, an old province in its unit', () => {
    const unit = ldOf(read('/tinh/2025/tuyen-quang/'));
    expect(unit).toMatchObject({
      '@type': 'Place',
      name: 'Tỉnh Tuyên Quang',
      url: 'https://thuocdo.vn/tinh/2025/tuyen-quang/',
      containedInPlace: { '@type': 'Country', name: 'Việt Nam' },
      containsPlace: [
        { '@type': 'Place', name: 'Tỉnh Hà Giang', url: 'https://thuocdo.vn/tinh/ha-giang/' },
        { '@type': 'Place', name: 'Tỉnh Tuyên Quang', url: 'https://thuocdo.vn/tinh/tuyen-quang/' },
      ],
    });
    expect(ldOf(read('/tinh/ha-giang/'))).toMatchObject({
      '@type': 'Place',
      url: 'https://thuocdo.vn/tinh/ha-giang/',
      containedInPlace: { '@type': 'Place', url: 'https://thuocdo.vn/tinh/2025/tuyen-quang/' },
    });
  });

  it('/tinh/ leads with the 34 and their old provinces, then the 63 as of before 01/07/2025', () => {
    const html = read('/tinh/');
    const at34 = html.indexOf('>34 tỉnh, thành phố từ 01/07/2025</h2>');
    const at63 = html.indexOf('>63 tỉnh, thành phố trước 01/07/2025</h2>');
    expect(at34).toBeGreaterThan(0);
    expect(at63).toBeGreaterThan(at34);
    for (const unit of units) {
      const at = html.indexOf(`href="${province2025Path(unit.slug)}"`);
      expect(at, unit.name).toBeGreaterThan(at34);
      expect(at, unit.name).toBeLessThan(at63);
    }
  });
});
