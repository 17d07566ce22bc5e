import { describe, expect, it } from 'vitest';
import { buildChart, chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { palette } from '../../../src/lib/charts/palette.ts';
import { THUMBNAIL_TABLE_ROWS, thumbnailSize, thumbnailSvg } from '../../../src/lib/embed/thumbnailSvg.ts';
import { tableOf, testContext } from '../../helpers/chartFixture.ts';

const spec = (fields: object) =>
  chartSpecSchema.parse({ id: 'mau', dataset: 'test', title: 'T', description: 'D', ...fields }) as ChartSpec;
const series = tableOf(
  [2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024].flatMap((year, i) => [
    { name: 'Lai Châu', year, value: 50 - i * 3 },
    { name: 'Cả nước', year, value: 15 - i },
  ]),
);

describe('thumbnailSvg(model)', () => {
  const line = buildChart(
    spec({
      type: 'line',
      x: 'year',
      y: 'value',
      series: 'name',
      highlight: [{ series: 'Lai Châu' }],
      format: { unit: 'percent' },
    }),
    series,
    testContext,
  );

  it("draws the chart's narrow layout as a standalone file at its own size", () => {
    const { svg, width, height } = thumbnailSvg(line);
    const narrow = line.svg && 'narrow' in line.svg ? line.svg.narrow.html : '';
    expect(width).toBe(340);
    expect(narrow).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /);
    expect(svg).not.toContain('<style');
    expect(thumbnailSize(line)).toEqual({ width, height });
  });

  it('writes colours as attributes on a white ground, and drops the page-only accessible name and data hooks', () => {
    const { svg } = thumbnailSvg(line);
    expect(svg).toContain(`fill="${palette.light.background}"`);
    expect(svg).toContain(`stroke="${palette.light.context}"`);
    expect(svg).not.toMatch(/ (role|aria-labelledby|aria-describedby|data-label|data-value)=/);
  });

  it("draws a table chart's first rows as a table", () => {
    const table = buildChart(
      spec({
        type: 'table',
        columns: [{ column: 'name' }, { column: 'year' }, { column: 'value' }],
        format: { unit: 'percent' },
      }),
      series,
      testContext,
    );
    const { svg, width } = thumbnailSvg(table);
    expect(width).toBe(340);
    // The header row, then the sample's rows: one rule under each.
    expect(svg.match(/<line /g)).toHaveLength(THUMBNAIL_TABLE_ROWS);
    expect(svg).toContain('Lai Châu');
  });
});
