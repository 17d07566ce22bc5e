import { describe, expect, it } from 'vitest';
import { chartSpecSchema, sourceLine } from '../../../src/lib/charts/index.ts';
import { tableOf } from '../../helpers/chartFixture.ts';

describe('sourceLine(table, spec)', () => {
  it('credits every source a drawn row cites, several ids split by the column separator', () => {
    const table = tableOf([
      { code: '12', year: 2023, rate: 1, source_id: 'A|B' },
      { code: '11', year: 2023, rate: 2, source_id: 'C' },
      { code: '11', year: 2024, rate: 3, source_id: 'D' },
    ]);
    table.schema.sources = ['A', 'B', 'C', 'D'].map((id) => ({
      id,
      title: `Bài ${id}`,
      publisher: `Báo ${id}`,
      reliability: 'press' as const,
      credited: true,
      date: '2024',
    }));
    table.schema.columns = table.schema.columns.map((c) => (c.name === 'source_id' ? { ...c, separator: '|' as const } : c));
    const spec = chartSpecSchema.parse({
      id: 'bang',
      type: 'table',
      dataset: 'test',
      title: 'Bảng',
      description: 'D',
      format: { unit: 'percent' },
      filter: { year: 2023 },
      columns: [{ column: 'code' }, { column: 'rate' }],
    });
    expect(sourceLine(table, spec)).toBe('Báo A; Báo B; Báo C');
  });
});
