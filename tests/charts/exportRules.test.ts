/**
 * Every rule of the export's style matches something that some export draws (a published
 * chart's, or a golden's, whose fixtures reach the rarer cases: a mean line, a map year with
 * provinces of other boundaries): a rule left behind by a change of markup would otherwise
 * style nothing, silently, while the class it meant went unstyled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { exportRules } from '../../src/lib/embed/exportStyle.ts';
import { standaloneSvg } from '../../src/lib/embed/standaloneSvg.ts';
import { publishedChart, publishedChartIds } from '../helpers/publishedCharts.ts';

describe('the export style', () => {
  it('has no rule that styles nothing in any published chart’s export', () => {
    const goldens = join(import.meta.dirname, '../golden/types');
    const svgs = [
      ...publishedChartIds.map((id) => {
        const { spec, model, source } = publishedChart(id);
        return standaloneSvg(model, spec, source, `https://thuocdo.vn/bieu-do/${id}/`);
      }),
      ...readdirSync(goldens)
        .filter((file) => file.endsWith('.export.svg'))
        .map((file) => readFileSync(join(goldens, file), 'utf8')),
    ];
    const roots = svgs.map((svg) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement as unknown as Element);
    const unused = exportRules
      .flatMap(([selector]) => selector.split(',').map((part) => part.trim()))
      .filter((selector) => roots.every((root) => root.querySelector(selector) === null));
    // A province on other boundaries in the year a map shows: no published map or golden has one
    // in its default year yet, and the rule must still be there for the first that does.
    expect(unused).toEqual(['.incomparable']);
  });
});
