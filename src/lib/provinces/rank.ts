/** A place in a ranking: `rank` of `of` ranked entries; `tiedWith` are the other keys sharing the rank. */
export interface Rank {
  rank: number;
  of: number;
  tiedWith: string[];
}

/**
 * Ranks values from the highest (rank 1) down, as a poverty ranking reads: rank 1 is the highest
 * rate, i.e. the poorest. Equal values share a rank and the next rank skips ("1, 2, 2, 4").
 * Missing values are not ranked: they are left out, and `of` counts only the ranked entries.
 *
 * @example rankHighestFirst(new Map([['11', 29.55], ['12', 28.12], ['01', 0.1], ['79', null]])).get('12')
 * // { rank: 2, of: 3, tiedWith: [] }
 */
export function rankHighestFirst(values: ReadonlyMap<string, number | null>): Map<string, Rank> {
  const present = [...values].filter((entry): entry is [string, number] => entry[1] !== null);
  for (const [key, value] of present) {
    if (!Number.isFinite(value)) throw new RangeError(`rankHighestFirst: "${key}" has no finite value (${value})`);
  }
  const sorted = present.toSorted((a, b) => b[1] - a[1]);
  const ranks = new Map<string, Rank>();
  sorted.forEach(([key, value], index) => {
    const rank = index > 0 && sorted[index - 1][1] === value ? ranks.get(sorted[index - 1][0])!.rank : index + 1;
    const tiedWith = sorted.filter(([other, v]) => v === value && other !== key).map(([other]) => other);
    ranks.set(key, { rank, of: sorted.length, tiedWith });
  });
  return ranks;
}
