import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { entityClass, entityColour, fixedEntity, seriesEntities } from '../../../src/lib/charts/entityColour.ts';
import { palette } from '../../../src/lib/charts/palette.ts';

const root = join(import.meta.dirname, '../../..');

/** WCAG contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('fixedEntity(name)', () => {
  it('knows the country and each of the six regions of data/geo/provinces.csv', () => {
    const csv = readFileSync(join(root, 'data/geo/provinces.csv'), 'utf8');
    const regions = new Set(
      Papa.parse<{ region: string }>(csv, { header: true, skipEmptyLines: true }).data.map((r) => r.region),
    );
    expect(regions.size).toBe(6);
    const entities = [...regions].map(fixedEntity);
    expect(entities.every((e) => e !== undefined && e !== 'country' && e !== 'province')).toBe(true);
    expect(new Set(entities).size).toBe(6);
    expect(fixedEntity('Cả nước')).toBe('country');
  });

  it('reads the spellings datasets and labels use, in NFC or NFD and any case', () => {
    expect(fixedEntity('Toàn quốc')).toBe('country');
    expect(fixedEntity('Miền núi phía Bắc')).toBe('northernMidlands');
    expect(fixedEntity('Trung du và miền núi phía Bắc'.normalize('NFD'))).toBe('northernMidlands');
    expect(fixedEntity('TÂY NGUYÊN')).toBe('centralHighlands');
    expect(fixedEntity(' Đồng bằng  sông Cửu Long ')).toBe('mekongDelta');
  });

  it('leaves a province or a group of districts to the chart', () => {
    expect(fixedEntity('Lai Châu')).toBeUndefined();
    expect(fixedEntity('Huyện nghèo (QĐ 353/QĐ-TTg)')).toBeUndefined();
  });
});

describe('seriesEntities(series)', () => {
  it('gives the country and regions their own colour whatever their order, the first other series the province colour', () => {
    expect(seriesEntities([{ name: 'Lai Châu' }, { name: 'Trung du và miền núi phía Bắc' }, { name: 'Cả nước' }])).toEqual([
      'province',
      'northernMidlands',
      'country',
    ]);
    expect(seriesEntities([{ name: 'Cả nước' }, { name: 'Trung du và miền núi phía Bắc' }])).toEqual([
      'country',
      'northernMidlands',
    ]);
  });

  it('finds an entity by its label when the name is another spelling', () => {
    expect(seriesEntities([{ name: 'TDMNPB', label: 'Miền núi phía Bắc' }])).toEqual(['northernMidlands']);
  });

  it('lends a further province the colour of a region the chart does not draw: no two series share one', () => {
    const entities = seriesEntities([
      { name: 'Lai Châu' },
      { name: 'Hà Giang' },
      { name: 'Điện Biên' },
      { name: 'Đồng bằng sông Hồng' },
      { name: 'Cả nước' },
    ]);
    expect(entities).toEqual(['province', 'centralHighlands', 'northernMidlands', 'redRiverDelta', 'country']);
    expect(new Set(entities).size).toBe(entities.length);
  });
});

describe('entityColour(name, theme)', () => {
  it("is the entity's colour in either theme, a province's otherwise", () => {
    expect(entityColour('Cả nước')).toBe(palette.entities.country.light);
    expect(entityColour('Miền núi phía Bắc', 'dark')).toBe(palette.entities.northernMidlands.dark);
    expect(entityColour('Lai Châu')).toBe(palette.entities.province.light);
  });
});

describe('palette.entities', () => {
  it('reads at 4.5:1 or more on the background of each theme, for a line and its end label', () => {
    for (const [entity, { light, dark }] of Object.entries(palette.entities)) {
      expect(contrast(light, palette.light.background), `${entity} light`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(dark, palette.dark.background), `${entity} dark`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives each entity a colour of its own in each theme, apart from the grey of context lines', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colours = Object.values(palette.entities).map((c) => c[theme]);
      expect(new Set(colours).size, theme).toBe(colours.length);
      expect(colours, theme).not.toContain(palette[theme].context);
    }
  });

  it('are the CSS variables of src/styles/charts.css, each entity class styled by its own (one source: the palette)', () => {
    const css = readFileSync(join(root, 'src/styles/charts.css'), 'utf8');
    const light = css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)'));
    const darkMedia = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'), css.indexOf(":root[data-theme='dark']"));
    const darkHost = css.slice(css.indexOf(":root[data-theme='dark']"), css.indexOf('.chart {'));
    for (const [entity, { light: l, dark: d }] of Object.entries(palette.entities)) {
      const name = entityClass(entity as keyof typeof palette.entities);
      const variable = `--chart-${name}`;
      expect(light, entity).toContain(`${variable}: ${l};`);
      expect(darkMedia, entity).toContain(`${variable}: ${d};`);
      expect(darkHost, entity).toContain(`${variable}: ${d};`);
      expect(css, entity).toContain(`.chart .${name} {\n  --series: var(${variable});\n}`);
    }
  });
});
