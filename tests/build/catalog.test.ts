import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasets, type Table } from '../../src/lib/data/index.ts';
import { formatInteger } from '../../src/lib/format/index.ts';
import { projectRoot } from '../helpers/astro.ts';

// tests/helpers/siteSetup.ts has built the site.
const dist = join(projectRoot, 'dist');
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

describe('the data catalog in dist/', () => {
  let tables: Table[] = [];
  let catalog = '';

  beforeAll(() => {
    tables = [...loadDatasets(join(projectRoot, 'data'), projectRoot).values()];
    catalog = readFileSync(join(dist, 'du-lieu/index.html'), 'utf8');
  });

  it('lists every dataset on /du-lieu/ with a link to its page and a download of its CSV', () => {
    expect(catalog).toContain('<h1>Dữ liệu</h1>');
    expect(tables.length).toBeGreaterThan(0);
    for (const { id, schema, rows } of tables) {
      const item = catalog.match(new RegExp(`<li class="catalog-item" id="${id}"[^]*?</li>`))?.[0];
      expect(item, id).toBeDefined();
      expect(item).toContain(`<a href="/du-lieu/${id}/">${escape(schema.title)}</a>`);
      expect(item).toContain(`<a href="/du-lieu/${id}.csv" download>`);
      expect(item).toContain(`<dd>${formatInteger(rows.length)}</dd>`);
    }
  });

  it('writes a page for every dataset: title, CSV download, sources, columns and a preview', () => {
    for (const { id, schema, rows } of tables) {
      const path = join(dist, `du-lieu/${id}/index.html`);
      expect(existsSync(path), path).toBe(true);
      const page = readFileSync(path, 'utf8');
      expect(page).toContain(`<h1>${escape(schema.title)}</h1>`);
      expect(page).toMatch(new RegExp(`<a [^>]*href="/du-lieu/${id}\\.csv" download="[^"]+\\.csv"[^>]*>Tải CSV</a>`));
      expect(page).toContain('<a href="/">Trang chủ</a> / <a href="/du-lieu/">Dữ liệu</a>');
      for (const source of schema.sources) expect(page).toContain(escape(source.publisher));
      for (const column of schema.columns) expect(page).toContain(`<th scope="row"><code>${column.name}</code></th>`);
      const shown = Math.min(rows.length, 20);
      expect(page).toContain(
        rows.length > 20
          ? `20 dòng đầu trong tổng số ${formatInteger(rows.length)} dòng`
          : `Toàn bộ ${formatInteger(rows.length)} dòng`,
      );
      const preview = page.slice(page.indexOf('<table class="data-table">'));
      expect(preview.slice(0, preview.indexOf('</table>')).match(/<tr>/g)).toHaveLength(shown + 1);
    }
  });

  it('formats the preview the Vietnamese way', () => {
    const page = readFileSync(join(dist, 'du-lieu/poverty-rate-by-province/index.html'), 'utf8');
    expect(page).toMatch(/<td class="num" data-sort="[\d.]+">\d+,\d+%<\/td>/);
    expect(page).toContain('<dd>2006, 2008, 2010, 2012–2016</dd>');
  });

  it('serves every CSV byte for byte as bundled in data/', () => {
    for (const { id, file } of tables) {
      const built = readFileSync(join(dist, `du-lieu/${id}.csv`));
      const bundled = readFileSync(join(projectRoot, file));
      expect(built.equals(bundled), `${id}.csv differs from ${file}`).toBe(true);
    }
  });

  it('offers beside each original a CSV that Excel opens in Vietnamese: BOM, CRLF, the same cells', () => {
    for (const { id, file } of tables) {
      const page = readFileSync(join(dist, `du-lieu/${id}/index.html`), 'utf8');
      expect(page).toMatch(
        new RegExp(`<a [^>]*href="/du-lieu/${id}\\.excel\\.csv" download="[^"]+-excel\\.csv"[^>]*>Tải CSV cho Excel</a>`),
      );
      const excel = readFileSync(join(dist, `du-lieu/${id}.excel.csv`), 'utf8');
      expect(excel.startsWith('\uFEFF'), id).toBe(true);
      const lines = (text: string) =>
        text
          .replace(/^\uFEFF/, '')
          .split(/\r?\n/)
          .filter(Boolean);
      const bundled = readFileSync(join(projectRoot, file), 'utf8');
      // No bundled cell starts a formula, so every line is the same, only the line ends differ.
      expect(excel.replace(/\r\n/g, '').includes('\n'), id).toBe(false);
      expect(lines(excel).length, id).toBe(lines(bundled).length);
    }
  });
});
