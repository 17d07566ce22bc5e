import { describe, expect, it } from 'vitest';
import { publishedChart, publishedChartIds } from '../helpers/publishedCharts.ts';

describe('published chart descriptions', () => {
  for (const id of publishedChartIds) {
    it(`${id}: every figure the description states is in the chart's data`, () => {
      const { spec, model } = publishedChart(id);
      const shown = [
        // A count of what the chart shows ("63 tỉnh") is the number of its rows.
        String(model.table.rows.length),
        ...model.table.columns.map((c) => c.label),
        ...model.table.rows.flatMap((row) => row.map((cell) => cell.text)),
        spec.title,
        spec.subtitle ?? '',
      ].join(' | ');
      // Numbers as Vietnamese write them: 58,2 · 1.382 · 3,01 · 2006.
      const figures = spec.description.match(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g) ?? [];
      for (const figure of figures) expect(shown, `${figure} in the description of ${id}`).toContain(figure);
    });
  }
});
