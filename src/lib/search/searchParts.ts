/**
 * Pages in a part of the search index, at most on average. Pagefind's memory while it writes a
 * part grows with it (≈ 220 MB for 500 story pages); each part costs a query a small file or two.
 */
export const PAGES_PER_PART = 500;

/**
 * How many parts an index of `pages` pages is written in, `perPart` pages each at most on
 * average (a test sets fewer, through THUOCDO_SEARCH_PART_PAGES, to see parts merged).
 *
 * @example partCount(107) // 1; partCount(2108) // 5
 */
export const partCount = (pages: number, perPart = PAGES_PER_PART): number => Math.max(1, Math.ceil(pages / perPart));

/**
 * The part of the search index a page belongs to, 0 to `parts` − 1, by a hash of its file: so
 * each part is a sample of the whole site, whose word statistics (which rank results across the
 * merged parts) are alike, and a page stays in its part from build to build while the number of
 * parts is the same. A new story then changes one part, the only one a build writes again.
 *
 * @example searchPart('bai-viet/lai-chau-giam-ngheo-2006-2024/index.html', 3) // 0, 1 or 2, always the same
 */
export function searchPart(file: string, parts: number): number {
  // FNV-1a: small, and the same in every build and on every machine.
  let hash = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193) >>> 0;
  return hash % parts;
}
