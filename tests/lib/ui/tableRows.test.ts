import { describe, expect, it } from 'vitest';
import { shortenedRows } from '../../../src/lib/ui/tableRows.ts';

const rows = (n: number) => Array.from({ length: n }, () => []);

describe('shortenedRows(table)', () => {
  it('shows a long table’s first 10 rows, and never hides only one or two', () => {
    expect(shortenedRows({ rows: rows(44) })).toEqual({ shown: 10, total: 44 });
    expect(shortenedRows({ rows: rows(13) })).toEqual({ shown: 10, total: 13 });
    expect(shortenedRows({ rows: rows(12) })).toBeNull();
    expect(shortenedRows({ rows: rows(3) })).toBeNull();
  });

  it('shows a grouped table’s first group (at most 10 rows), the later groups waiting', () => {
    const groups = (...sizes: number[]) => ({
      label: 'Năm',
      shown: true,
      items: sizes.map((size, i) => ({ value: String(2021 + i), rows: size })),
    });
    expect(shortenedRows({ rows: rows(44), groups: groups(7, 10, 27) })).toEqual({ shown: 7, total: 44 });
    expect(shortenedRows({ rows: rows(30), groups: groups(15, 15) })).toEqual({ shown: 10, total: 30 });
    expect(shortenedRows({ rows: rows(9), groups: groups(8, 1) })).toBeNull();
  });
});
