import { describe, expect, it } from 'vitest';
import { partCount, searchPart } from '../../../src/lib/search/searchParts.ts';

describe('the parts of the search index', () => {
  it('is one part up to 500 pages, then one more for each 500', () => {
    expect([1, 107, 500, 501, 2108, 15000].map((pages) => partCount(pages))).toEqual([1, 1, 1, 2, 5, 30]);
  });

  it('puts a page in the same part in every build, and spreads an archive evenly', () => {
    const files = Array.from({ length: 3000 }, (_, i) => `bai-viet/bai-${i}/index.html`);
    expect(files.map((file) => searchPart(file, 3))).toEqual(files.map((file) => searchPart(file, 3)));
    const sizes = [0, 0, 0];
    for (const file of files) sizes[searchPart(file, 3)]++;
    for (const size of sizes) expect(size).toBeGreaterThan(900);
    expect(searchPart('bai-viet/lai-chau/index.html', 1)).toBe(0);
  });
});
