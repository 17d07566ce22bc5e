import { describe, expect, it } from 'vitest';
import { cacheKey, inputsKey, propsDigest, stableJson, type KeySources } from '../../../src/lib/build/pageKey.ts';
import { ReadLog, TABLE_SHAPE, watchedTable } from '../../../src/lib/build/readLog.ts';
import type { Table } from '../../../src/lib/data/table.ts';

const table = (rates: number[]): Table => ({
  id: 'poverty',
  file: 'data/poverty/poverty.csv',
  schema: { columns: [] } as unknown as Table['schema'],
  rows: rates.map((rate, i) => ({ province_code: String(10 + i), year: 2006, rate })),
  lines: rates.map((_, i) => i + 2),
  decimals: rates.map(() => ({ rate: 1 })),
});

/** A page that reads Lai Châu's rate (the row with code 12) from the table, as a component would. */
function render(source: Table, log: ReadLog) {
  return watchedTable(source, () => log).rows.find((row) => row.province_code === '12')?.rate;
}

const sourcesOf = (t: Table, inputs: Record<string, string> = {}): KeySources => ({
  table: (id) => (id === t.id ? t : undefined),
  input: (name) => inputs[name],
});

describe('what a page reads', () => {
  it('notes the cells it reads by row and column, a scanned column in every row as "*"', () => {
    const log = new ReadLog();
    expect(render(table([50.1, 40, 58.2]), log)).toBe(58.2);
    const record = log.record(() => 3);
    // The search went through every row's code: the column is compared whole, by its digest.
    expect(record.cells.poverty).toEqual({ [TABLE_SHAPE]: [0], province_code: '*', rate: [2] });
    expect(log.record(() => 4).cells.poverty.province_code).toEqual([0, 1, 2]);
  });

  it('notes nothing outside a page', () => {
    const rows = watchedTable(table([1]), () => undefined).rows;
    expect(rows[0].rate).toBe(1);
  });

  it('notes a whole row when the row is spread or listed', () => {
    const log = new ReadLog();
    const rows = watchedTable(table([1, 2]), () => log).rows;
    expect({ ...rows[1] }).toEqual({ province_code: '11', year: 2006, rate: 2 });
    expect(log.record(() => 2).cells.poverty['*row']).toEqual([1]);
  });
});

describe('cacheKey: a page is kept while what it read is unchanged', () => {
  const log = new ReadLog();
  render(table([50.1, 40, 58.2]), log);
  log.input('entry:charts:lai-chau');
  const record = log.record(() => 3);
  const props = propsDigest({ slug: 'lai-chau' });
  const before = sourcesOf(table([50.1, 40, 58.2]), { 'entry:charts:lai-chau': 'a' });
  const saved = { record, inputs: inputsKey(props, record, before)!, cacheKey: 'new:1' };

  it('gives back the key Astro holds when nothing it read changed, even another row', () => {
    expect(cacheKey(props, saved, before)).toBe('new:1');
    expect(cacheKey(props, saved, sourcesOf(table([50.2, 40, 58.2]), { 'entry:charts:lai-chau': 'a' }))).toBe('new:1');
  });

  it('gives a new key when a cell it read, a scanned column, a named input or its props changed', () => {
    const changed = [
      cacheKey(props, saved, sourcesOf(table([50.1, 40, 61.7]), { 'entry:charts:lai-chau': 'a' })),
      cacheKey(
        props,
        saved,
        sourcesOf(
          { ...table([50.1, 40, 58.2]), decimals: [{ rate: 1 }, { rate: 1 }, { rate: 2 }] },
          { 'entry:charts:lai-chau': 'a' },
        ),
      ),
      cacheKey(props, saved, sourcesOf(table([50.1, 40, 58.2, 3]), { 'entry:charts:lai-chau': 'a' })),
      cacheKey(props, saved, sourcesOf(table([50.1, 40, 58.2]), { 'entry:charts:lai-chau': 'b' })),
      cacheKey(propsDigest({ slug: 'dien-bien' }), saved, before),
    ];
    for (const key of changed) expect(key).not.toBe('new:1');
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('renders a page never rendered, or one whose input is gone', () => {
    expect(cacheKey(props, undefined, before)).toMatch(/^new:/);
    expect(cacheKey(props, saved, sourcesOf(table([50.1, 40, 58.2])))).toMatch(/^new:/);
    expect(cacheKey(props, undefined, before)).not.toBe(cacheKey(props, undefined, before));
  });
});

describe('stableJson', () => {
  it('sorts keys, lists Maps and Sets, and shows a collection entry by its id and data only', () => {
    const story = { id: 'a', collection: 'stories', data: { title: 'T' }, body: 'long text', digest: 'x' };
    expect(stableJson({ b: new Set([1]), a: new Map([['k', story]]) })).toBe(
      '{"a":[["k",{"collection":"stories","id":"a","data":{"title":"T"}}]],"b":[1]}',
    );
  });
});
