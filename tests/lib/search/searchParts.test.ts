import { describe, expect, it } from 'vitest';
import { partCount, searchPart } from '../../../src/lib/search/searchParts.ts';

describe('the parts of the search index', () => {
  it('is one part up to a thousand pages, then one more for each thousand', () => {
    expect([1, 107, 1000, 1001, 2108, 15000].map((pages) => partCount(pages))).toEqual([1, 1, 1, 2, 3, 15]);
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
