import type { Province } from '../data/provinces.ts';
import type { Table } from '../data/table.ts';
import { sortByName } from '../format/collate.ts';

/** Where a province stands since 1 July 2025 (Nghị quyết 202/2025/QH15). */
export interface Merger2025 {
  /** The unit it belongs to since 1 July 2025. */
  name: string;
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
 * The sentence about 1 July 2025, as text parts; the other old provinces link to their pages.
 *
 * @example mergerSentence(merger2025(provinces, mergerTable, '02'), provincePath).map((p) => p.text).join('')
 * // 'Từ 01/07/2025 thuộc tỉnh Tuyên Quang mới, cùng với Tuyên Quang.'
 */
export function mergerSentence(merger: Merger2025, pathOf: (slug: string) => string): TextPart[] {
  if (!merger.merged) {
    const renamed = merger.renamed ? ` (nay là ${merger.unitType} ${merger.name})` : '';
    return [{ text: `Từ 01/07/2025 giữ nguyên, không sáp nhập${renamed}.` }];
  }
  const lead = `Từ 01/07/2025 thuộc ${merger.unitType} ${merger.name} mới`;
  if (merger.partners.length === 0) return [{ text: `${lead}.` }];
  const parts: TextPart[] = [{ text: `${lead}, cùng với ` }];
  merger.partners.forEach((partner, i) => {
    if (i > 0) parts.push({ text: i === merger.partners.length - 1 ? ' và ' : ', ' });
    parts.push({ text: partner.name, href: pathOf(partner.slug) });
  });
  parts.push({ text: '.' });
  return parts;
}
