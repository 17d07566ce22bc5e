import { describe, expect, it } from 'vitest';
import { rankHighestFirst } from '../../../src/lib/provinces/rank.ts';

describe('rankHighestFirst(values)', () => {
  it('gives rank 1 to the highest value (the highest poverty rate)', () => {
    const ranks = rankHighestFirst(
      new Map([
        ['01', 0.1],
        ['11', 29.55],
        ['12', 28.12],
      ]),
    );
    expect(ranks.get('11')).toEqual({ rank: 1, of: 3, tiedWith: [] });
    expect(ranks.get('12')).toEqual({ rank: 2, of: 3, tiedWith: [] });
    expect(ranks.get('01')).toEqual({ rank: 3, of: 3, tiedWith: [] });
  });

  it('gives equal values the same rank and skips the next ranks ("1, 2, 2, 4")', () => {
    const ranks = rankHighestFirst(
      new Map([
        ['a', 9],
        ['b', 5],
        ['c', 5],
        ['d', 1],
      ]),
    );
    expect([...'abcd'].map((k) => ranks.get(k)!.rank)).toEqual([1, 2, 2, 4]);
    expect(ranks.get('b')!.tiedWith).toEqual(['c']);
    expect(ranks.get('c')!.tiedWith).toEqual(['b']);
  });

  it('ranks a zero like any value but leaves out missing values, counting only the ranked', () => {
    const ranks = rankHighestFirst(
      new Map<string, number | null>([
        ['a', 2],
        ['b', null],
        ['c', 0],
      ]),
    );
    expect(ranks.has('b')).toBe(false);
    expect(ranks.get('c')).toEqual({ rank: 2, of: 2, tiedWith: [] });
  });

  it('returns an empty ranking for no values, and refuses NaN rather than placing it', () => {
    expect(rankHighestFirst(new Map()).size).toBe(0);
    expect(() => rankHighestFirst(new Map([['a', Number.NaN]]))).toThrow(/"a"/);
  });
});
