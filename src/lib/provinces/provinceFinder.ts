/**
 * The front page's province finder: which provinces a name typed by a reader means, with or
 * without diacritics, in NFC or NFD, with "Tỉnh"/"Thành phố"/"TP." in front or not. Runs in the
 * browser (src/scripts/provinceFinder.ts): plain string work, no library.
 */
import { compareVi } from '../format/collate.ts';
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

/** A unit of the 34 as the finder's list of links holds it: its page, and the pages of the provinces of before it joins. */
export interface FinderUnit {
  name: string;
  href: string;
  predecessors: readonly { name: string; href: string }[];
}

/** A suggestion under the field: what the reader reads, and the page it opens. */
export interface FinderSuggestion {
  label: string;
  href: string;
}

const MERGER_DATE = '01/07/2025';

/** A name the finder matches: a unit of the 34, or a province of before with the unit it joined. */
interface Place extends FinderSuggestion {
  name: string;
  home?: FinderUnit;
}

/** Units and provinces of before in one alphabetical list; the sort is stable, so a unit comes before the old province of its name. */
function places(units: readonly FinderUnit[]): Place[] {
  const news: Place[] = units.map(({ name, href }) => ({ name, href, label: `${name} (từ ${MERGER_DATE})` }));
  const olds: Place[] = units.flatMap((home) =>
    home.predecessors.map(({ name, href }) => ({ name, href, label: `${name} (trước ${MERGER_DATE})`, home })),
  );
  return [...news, ...olds].sort((a, b) => compareVi(a.name, b.name));
}

/**
 * The pages a query means, best first (as `findProvinces` ranks names), for the 34 units and the
 * 63 provinces of before: a unit is labelled "(từ 01/07/2025)", an old province "(trước
 * 01/07/2025)" and followed by its new home ("Hà Giang → Tuyên Quang, từ 01/07/2025") unless that
 * unit is among the suggestions already. At most `limit` names, so at most twice as many suggestions.
 *
 * @example findPlaces('ha giang', units).map((s) => s.label) // ['Hà Giang (trước 01/07/2025)', 'Hà Giang → Tuyên Quang, từ 01/07/2025']
 * @example findPlaces('tuyen quang', units).map((s) => s.label) // ['Tuyên Quang (từ 01/07/2025)', 'Tuyên Quang (trước 01/07/2025)']
 */
export function findPlaces(query: string, units: readonly FinderUnit[], limit = 6): FinderSuggestion[] {
  const found = findProvinces(query, places(units), limit);
  return found.flatMap(({ name, label, href, home }) => {
    const suggestion = { label, href };
    if (!home || found.some((place) => place.href === home.href)) return [suggestion];
    return [suggestion, { label: `${name} → ${home.name}, từ ${MERGER_DATE}`, href: home.href }];
  });
}

/**
 * The page Enter goes to: the first suggestion when the query is its name or every name the query
 * matches is the same (a unit and the old province of its name: the unit).
 *
 * @example placeFor('ha giang', units)?.href // '/tinh/ha-giang/'
 * @example placeFor('tuyen quang', units)?.href // '/tinh/2025/tuyen-quang/'
 * @example placeFor('ha', units) // undefined: Hà Giang, Hà Nam, Hà Nội…
 */
export function placeFor(query: string, units: readonly FinderUnit[]): FinderSuggestion | undefined {
  const found = findProvinces(query, places(units), Infinity);
  if (found.length === 0) return undefined;
  const first = finderKey(found[0].name);
  const named = first === finderKey(query) || found.every((place) => finderKey(place.name) === first);
  return named ? { label: found[0].label, href: found[0].href } : undefined;
}
