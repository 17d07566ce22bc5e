import { describe, expect, it } from 'vitest';
import { cellParts, creditedSources, sourceCredit } from '../../../src/lib/data/index.ts';
import { chartSources, sourceLine } from '../../../src/lib/charts/index.ts';
import { chartSpecSchema, type ChartSpec } from '../../../src/lib/charts/index.ts';
import { tableOf } from '../../helpers/chartFixture.ts';

describe('sourceCredit(source) and creditedSources(sources)', () => {
  it('labels a secondary source, and leaves out a source that is only how another was read', () => {
    expect(sourceCredit({ publisher: 'Quốc hội', reliability: 'official' })).toBe('Quốc hội');
    expect(sourceCredit({ publisher: 'Báo Tin tức', reliability: 'press' })).toBe('Báo Tin tức');
    expect(sourceCredit({ publisher: 'blcmhcmc.com', reliability: 'secondary' })).toBe('blcmhcmc.com (nguồn thứ cấp)');
    const sources = [
      { publisher: 'Quốc hội', credited: true },
      { publisher: 'Debian (gói iso-codes)', credited: false },
    ];
    expect(creditedSources(sources).map((s) => s.publisher)).toEqual(['Quốc hội']);
  });

  it('gives a chart a credit line without the copies its data was read through', () => {
    const table = tableOf([{ name: 'A', year: 2024, value: 1 }]);
    table.schema.sources = [
      { title: 'Nghị quyết', publisher: 'Quốc hội', reliability: 'official', credited: true, date: '2025' },
      { title: 'Tóm tắt', publisher: 'ai24hexpress.com', reliability: 'secondary', credited: false, date: '2025' },
      { title: 'Bản đăng lại', publisher: 'blcmhcmc.com', reliability: 'secondary', credited: true, date: '2025' },
    ];
    const spec = chartSpecSchema.parse({
      id: 'thu',
      type: 'table',
      dataset: 'test',
      title: 'T',
      description: 'D',
      columns: [{ column: 'name' }],
      format: { unit: 'number' },
    }) as ChartSpec;
    expect(chartSources(table, spec).map((s) => s.publisher)).toEqual(['Quốc hội', 'blcmhcmc.com']);
    expect(sourceLine(table, spec)).toBe('Quốc hội; blcmhcmc.com (nguồn thứ cấp)');
  });
});

describe('cellParts(value, column)', () => {
  it('splits a cell by its column separator and trims each part, as validation reads it', () => {
    expect(cellParts('N-BQN-2022 | P-MOLISA-2022', { separator: '|' })).toEqual(['N-BQN-2022', 'P-MOLISA-2022']);
    expect(cellParts('a;b', { separator: ';' })).toEqual(['a', 'b']);
    expect(cellParts('a;b', {})).toEqual(['a;b']);
    expect(cellParts(null, { separator: '|' })).toEqual([]);
  });
});
