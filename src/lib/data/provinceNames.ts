import { closest } from '../text/closest.ts';

/** A province as the reference table names it. */
export interface NamedProvince {
  code: string;
  /** The short name, as every dataset should write it: `Hòa Bình`, `Hồ Chí Minh`. */
  name: string;
  /** The official full name, also accepted: `Tỉnh Hoà Bình`, `Thành phố Hồ Chí Minh`. */
  fullName?: string;
}

/** Looks province names up in any accepted form, and suggests one for a name it does not know. */
export interface ProvinceNames {
  /** The province a name means, in any accepted form; undefined when none. */
  find(name: string): NamedProvince | undefined;
  /** The reference name closest to a name `find` does not know: `Dien Bien` → `Điện Biên`. */
  suggest(name: string): string | undefined;
  /** The province of a code, when the table has it. */
  byCode(code: string): NamedProvince | undefined;
}

const TONES = '\u0300\u0301\u0303\u0309\u0323';
// "oà"/"òa", "oẻ"/"ỏe", "uỳ"/"ùy": the old and the new place of the tone mark, as in "Hoà Bình"
// and "Hòa Bình". Decomposed, the tone moves after the second vowel, so both spell one key.
const tonePlace = new RegExp(`([oO])([${TONES}])([aAeE])|([uU])([${TONES}])([yY])`, 'gu');
// "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "TP. Hồ Chí Minh", "Tỉnh Lai Châu".
const unitPrefix = /^(thành phố|tp\.?|tỉnh)\s*/u;

/**
 * The form two names are compared in: lower case, one place for tone marks, without "Thành
 * phố"/"TP."/"Tỉnh" in front, hyphens and runs of spaces as one space. Diacritics stay: "Lai
 * Chau" is not "Lai Châu".
 *
 * @example provinceNameKey('TP.  Hồ Chí Minh') === provinceNameKey('Hồ Chí Minh') // true
 * @example provinceNameKey('Hoà Bình') === provinceNameKey('Hòa Bình') // true
 */
export function provinceNameKey(name: string): string {
  const toned = name
    .normalize('NFD')
    .replace(tonePlace, (_, o, tone, a, u, tone2, y) => (o ? `${o}${a}${tone}` : `${u}${y}${tone2}`))
    .normalize('NFC');
  return toned
    .toLocaleLowerCase('vi')
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(unitPrefix, '')
    .trim();
}

/** A name without diacritics, đ as d: what a name typed without them becomes. */
const folded = (name: string) =>
  provinceNameKey(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd');

/**
 * An index of the reference table's names (data/geo/provinces.csv).
 *
 * @example provinceNames(provinces).find('TP Hồ Chí Minh')?.name // 'Hồ Chí Minh'
 * @example provinceNames(provinces).suggest('Son Laa') // 'Sơn La'
 */
export function provinceNames(provinces: Iterable<NamedProvince>): ProvinceNames {
  const byKey = new Map<string, NamedProvince>();
  const byFolded = new Map<string, NamedProvince>();
  const codes = new Map<string, NamedProvince>();
  for (const province of provinces) {
    codes.set(province.code, province);
    for (const name of [province.name, province.fullName]) {
      if (name === undefined) continue;
      byKey.set(provinceNameKey(name), province);
      byFolded.set(folded(name), province);
    }
  }
  return {
    find: (name) => byKey.get(provinceNameKey(name)),
    suggest(name) {
      const same = byFolded.get(folded(name));
      if (same) return same.name;
      const near = closest(folded(name), byFolded.keys());
      return near === undefined ? undefined : byFolded.get(near)!.name;
    },
    byCode: (code) => codes.get(code),
  };
}

/**
 * The names of the reference table's rows (`code`, `name`, `full_name` columns).
 *
 * @example provinceNamesOf(tables.get('provinces')!.rows).find('Hoà Bình')?.code // '17'
 */
export function provinceNamesOf(rows: readonly Readonly<Record<string, unknown>>[]): ProvinceNames {
  return provinceNames(
    rows.map((row) => ({ code: String(row.code), name: String(row.name), fullName: typeof row.full_name === 'string' ? row.full_name : undefined })),
  );
}
