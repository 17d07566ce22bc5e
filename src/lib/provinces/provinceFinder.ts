/**
 * The front page's province finder: which provinces a name typed by a reader means, with or
 * without diacritics, in NFC or NFD, with "Tỉnh"/"Thành phố"/"TP." in front or not. Runs in the
 * browser (src/scripts/provinceFinder.ts): plain string work, no library.
 */
import { foldVietnamese } from '../search/fold.ts';

const unitPrefix = /^(tinh|thanh pho|tp\.?)\s+/;

/**
 * A name as the finder compares it: folded (no diacritics, đ → d, lower case), hyphens and runs
 * of spaces as one space, without the unit in front.
 *
 * @example finderKey('TP.  Hồ Chí Minh') // 'ho chi minh'
 * @example finderKey('Bà Rịa - Vũng Tàu') // 'ba ria vung tau'
 */
export function finderKey(name: string): string {
  return foldVietnamese(name)
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(unitPrefix, '');
}

/** Lower case NFC with the diacritics kept: a query typed with them ranks exact spellings first. */
const accentKey = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/**
 * How well a key matches a query: 0 the same name, 1 the name begins with it, 2 a word begins
 * with it; undefined otherwise (inside a word is noise: "ha" is in "Đồng Tháp").
 */
function matchRank(key: string, query: string): number | undefined {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.includes(` ${query}`)) return 2;
  return undefined;
}

/**
 * The provinces a query means, best first: the same name, then names that begin with it, then
 * names with a word that begins with it; among equals, a spelling with
 * the query's own diacritics first, then the order given (alphabetical).
 *
 * @example findProvinces('ha giang', provinces)[0].name // 'Hà Giang'
 * @example findProvinces('giang', provinces).map((p) => p.name) // ['Bắc Giang', 'Hà Giang', …]
 */
export function findProvinces<T extends { name: string }>(query: string, provinces: readonly T[], limit = 8): T[] {
  const folded = finderKey(query);
  if (folded === '') return [];
  const accented = accentKey(query);
  return provinces
    .flatMap((province, order) => {
      const rank = matchRank(finderKey(province.name), folded);
      if (rank === undefined) return [];
      const exact = accentKey(province.name).includes(accented) ? 0 : 1;
      return [{ province, score: rank * 2 + exact, order }];
    })
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map(({ province }) => province);
}

/**
 * The province Enter goes to: the one whose name the query is, or the only one it matches.
 *
 * @example provinceFor('ha giang', provinces)?.name // 'Hà Giang'
 * @example provinceFor('ha', provinces) // undefined: Hà Giang, Hà Nam, Hà Nội…
 */
export function provinceFor<T extends { name: string }>(query: string, provinces: readonly T[]): T | undefined {
  const found = findProvinces(query, provinces, 2);
  const key = finderKey(query);
  if (found.length > 0 && finderKey(found[0].name) === key) return found[0];
  return found.length === 1 ? found[0] : undefined;
}
