import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { palette } from '../../src/lib/charts/palette.ts';
import { projectRoot } from '../helpers/astro.ts';

// tests/helpers/siteSetup.ts has built the site.
const dist = join(projectRoot, 'dist');
const chartIds = readdirSync(join(projectRoot, 'src/content/charts'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('chart pages, embeds and downloads in dist/', () => {
  it('give every chart a chart page, an embed page, a CSV and an oEmbed with its discovery link', () => {
    for (const id of chartIds) {
      const page = readFileSync(join(dist, 'bieu-do', id, 'index.html'), 'utf8');
      expect(page).toContain(`<link rel="alternate" type="application/json+oembed" href="/oembed/${id}.json"`);
      expect(page).toContain('Nhúng biểu đồ');
      // The snippet, escaped inside its textarea.
      expect(page).toContain(`&lt;div data-thuocdo-chart=&quot;${id}&quot;`);
      expect(page).toMatch(/Thước Đo \(\d{4}\)\. /);
      const embed = readFileSync(join(dist, 'nhung', id, 'index.html'), 'utf8');
      expect(embed).toContain(`data-chart="${id}"`);
      expect(embed).not.toContain('site-header');
      const csv = readFileSync(join(dist, 'bieu-do', `${id}.csv`), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const oembed = JSON.parse(readFileSync(join(dist, 'oembed', `${id}.json`), 'utf8'));
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Thước Đo' });
      expect(oembed.html).toMatch(new RegExp(`^<iframe src="https://thuocdo\\.vn/nhung/${id}/" [^>]*sandbox=`));
    }
  });

  it('export each chart, tables too, as a valid PNG twice the size of its SVG, used as og:image', () => {
    for (const id of chartIds) {
      const svg = readFileSync(join(dist, 'bieu-do', `${id}.svg`), 'utf8');
      const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
      expect(pngSize(readFileSync(join(dist, 'bieu-do', `${id}.png`)))).toEqual({
        width: Math.round(width * 2),
        height: Math.round(height * 2),
      });
      const oembed = JSON.parse(readFileSync(join(dist, 'oembed', `${id}.json`), 'utf8'));
      expect(oembed.thumbnail_url).toMatch(new RegExp(`/bieu-do/${id}\\.png$`));
      expect(readFileSync(join(dist, 'bieu-do', id, 'index.html'), 'utf8')).toContain(
        `<meta property="og:image" content="https://thuocdo.vn/bieu-do/${id}.png"`,
      );
    }
  });

  it('serve a small loader at /nhung.js', () => {
    const loader = readFileSync(join(dist, 'nhung.js'));
    expect(loader.length).toBeLessThan(4096);
  });
});

describe('chart colours', () => {
  it('are the same in src/styles/charts.css as in the palette the exports use', () => {
    const css = readFileSync(join(projectRoot, 'src/styles/charts.css'), 'utf8');
    const light = css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)'));
    const dark = css.slice(css.indexOf(":root[data-theme='dark']"));
    for (const [name, colour] of Object.entries(palette.light)) {
      if (name !== 'background') expect(light, name).toContain(`--chart-${name}: ${colour};`);
    }
    for (const [name, colour] of Object.entries(palette.dark)) {
      if (name !== 'background') expect(dark, name).toContain(`--chart-${name}: ${colour};`);
    }
    palette.map.forEach((colour, i) => expect(light).toContain(`--map-q${i}: ${colour};`));
    for (const [name, colours] of [
      ['nodata', palette.mapNoData],
      ['incomparable', palette.mapIncomparable],
    ] as const) {
      expect(light).toContain(`--map-${name}: ${colours.light};`);
      expect(dark).toContain(`--map-${name}: ${colours.dark};`);
    }
  });
});
