import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChart, readChartSpec } from '../../src/lib/charts/index.ts';
import { loadDatasets, PROVINCES_ID, provincesFrom } from '../../src/lib/data/index.ts';
import topology from '../../data/geo/vn-provinces-63.topo.json' with { type: 'json' };

const root = join(import.meta.dirname, '../..');
const tables = loadDatasets(join(root, 'data'), root);
const context = { provinces: provincesFrom(tables.get(PROVINCES_ID)!), topology, tables };
const chartDir = join(root, 'src/content/charts');

describe('published chart descriptions', () => {
  for (const file of readdirSync(chartDir).filter((f) => f.endsWith('.yaml'))) {
    const id = basename(file, '.yaml');
    it(`${id}: every figure the description states is in the chart's data`, () => {
      const result = readChartSpec(readFileSync(join(chartDir, file), 'utf8'), file, id, tables, context);
      if ('issues' in result) throw new Error(JSON.stringify(result.issues));
      const model = buildChart(result.spec, tables.get(result.spec.dataset)!, context);
      const shown = [
        // A count of what the chart shows ("63 tỉnh") is the number of its rows.
        String(model.table.rows.length),
        ...model.table.columns.map((c) => c.label),
        ...model.table.rows.flatMap((row) => row.map((cell) => cell.text)),
        result.spec.title,
        result.spec.subtitle ?? '',
      ].join(' | ');
      // Numbers as Vietnamese write them: 58,2 · 1.382 · 3,01 · 2006.
      const figures = result.spec.description.match(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g) ?? [];
      for (const figure of figures) expect(shown, `${figure} in the description of ${id}`).toContain(figure);
    });
  }
});
