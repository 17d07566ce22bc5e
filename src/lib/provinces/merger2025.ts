import type { Province } from '../data/provinces.ts';
import type { Table } from '../data/table.ts';
import { sortByName } from '../format/collate.ts';
import { slugify } from '../format/slug.ts';

/** Where a province stands since 1 July 2025 (Nghị quyết 202/2025/QH15). */
export interface Merger2025 {
  /** The unit it belongs to since 1 July 2025. */
  name: string;
  /** That unit's page slug, under `/tinh/2025/` (as `provinces2025` gives it). */
  slug: string;
  /** `tỉnh` or `thành phố`, from the merger table's unit type. */
  unitType: 'tỉnh' | 'thành phố';
  merged: boolean;
  /** Unchanged, but under another name (Thừa Thiên Huế → Huế). */
  renamed: boolean;
  /** The other provinces of before July 2025 merged into the same unit, in Vietnamese order. */
  partners: Province[];
}

const unitTypes: Record<string, Merger2025['unitType']> = {
  Tỉnh: 'tỉnh',
  'Thành phố trực thuộc Trung ương': 'thành phố',
};

/**
 * The 2025 merger as it concerns one province: the new unit, its kind, and the other old
 * provinces merged into it (grouped by the new unit's code of the reference table).
 *
 * @example merger2025(provinces, mergerTable, '02') // { name: 'Tuyên Quang', unitType: 'tỉnh', merged: true, partners: [Tuyên Quang] … }
 */
export function merger2025(
  provinces: ReadonlyMap<string, Province>,
  mergerTable: Pick<Table, 'id' | 'rows'>,
  code: string,
): Merger2025 {
  const province = provinces.get(code);
  if (!province) throw new Error(`merger2025: no province has the code "${code}"`);
  const row = mergerTable.rows.find((r) => r.old_gso_code === code);
  if (!row) throw new Error(`${mergerTable.id}: no row for province ${code}`);
  const unitType = unitTypes[String(row.new_province_type_2025)];
  if (!unitType)
    throw new Error(`${mergerTable.id}: unknown unit type ${JSON.stringify(row.new_province_type_2025)} for ${code}`);
  const partners = [...provinces.values()].filter((p) => p.province2025.code === province.province2025.code && p.code !== code);
  return {
    name: province.province2025.name,
    slug: slugify(province.province2025.name),
    unitType,
    merged: province.mergedIn2025,
    renamed: !province.mergedIn2025 && province.province2025.name !== province.name,
    partners: sortByName(partners, (p) => p.name),
  };
}

/** A run of text, linked when `href` is set: sentences with links, without HTML. */
export interface TextPart {
  text: string;
  href?: string;
}

/**
 * Text parts as a Vietnamese list: commas between, "và" before the last.
 *
 * @example linkedList([{ text: 'A', href: '/a/' }, { text: 'B' }]) // [{ text: 'A', href: '/a/' }, { text: ' và ' }, { text: 'B' }]
 */
export function linkedList(items: readonly TextPart[]): TextPart[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [{ text: i === items.length - 1 ? ' và ' : ', ' }, item]));
}

/** Where each kind of page lives: the 63 of before, and the units since 1 July 2025. */
export interface MergerPaths {
  old: (slug: string) => string;
  unit: (slug: string) => string;
}

/**
 * The sentence about 1 July 2025, as text parts: the unit it belongs to now links to that unit's
 * page (never to the old page that shares its name), the other old provinces to theirs.
 *
 * @example mergerSentence(merger2025(provinces, mergerTable, '02'), { old: provincePath, unit: province2025Path })
 * // [{ text: 'Từ 01/07/2025 thuộc ' }, { text: 'tỉnh Tuyên Quang mới', href: '/tinh/2025/tuyen-quang/' }, { text: ', cùng với ' }, { text: 'Tuyên Quang', href: '/tinh/tuyen-quang/' }, { text: '.' }]
 */
export function mergerSentence(merger: Merger2025, paths: MergerPaths): TextPart[] {
  const unitHref = paths.unit(merger.slug);
  if (!merger.merged) {
    const now = `${merger.unitType} ${merger.name}`;
    return merger.renamed
      ? [{ text: 'Từ 01/07/2025 giữ nguyên địa giới, không sáp nhập, nay là ' }, { text: now, href: unitHref }, { text: '.' }]
      : [
          { text: 'Từ 01/07/2025 giữ nguyên, không sáp nhập: xem ' },
          { text: `${now} từ 01/07/2025`, href: unitHref },
          { text: '.' },
        ];
  }
  const unit: TextPart = { text: `${merger.unitType} ${merger.name} mới`, href: unitHref };
  if (merger.partners.length === 0) return [{ text: 'Từ 01/07/2025 thuộc ' }, unit, { text: '.' }];
  return [
    { text: 'Từ 01/07/2025 thuộc ' },
    unit,
    { text: ', cùng với ' },
    ...linkedList(merger.partners.map((p) => ({ text: p.name, href: paths.old(p.slug) }))),
    { text: '.' },
  ];
}
