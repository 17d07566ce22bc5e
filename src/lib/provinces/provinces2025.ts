/**
 * The 34 provincial units since 1 July 2025 (Nghị quyết 202/2025/QH15), each with the provinces
 * of before that it joins. Every series the site holds is by the 63 of before; this is the way
 * between the two: built from the reference table (`province2025`) and the merger table.
 */
import type { Province } from '../data/provinces.ts';
import type { Table } from '../data/table.ts';
import { sortByName } from '../format/collate.ts';
import { slugify } from '../format/slug.ts';

export interface Province2025 {
  /** Its code since 1 July 2025 (the merger table's `new_gso_code`). */
  code: string;
  name: string;
  /** Its page's slug, under `/tinh/2025/` (see `province2025Path`): never the same address as an old page. */
  slug: string;
  unitType: 'tỉnh' | 'thành phố';
  /** The old province where its political and administrative centre lies; null where no source was found (Vĩnh Long). */
  seat: string | null;
  /** The provinces of before it joins, in Vietnamese order; one when it was not merged. */
  predecessors: Province[];
  /** Two or more provinces joined. */
  merged: boolean;
}

const unitTypes: Record<string, Province2025['unitType']> = {
  Tỉnh: 'tỉnh',
  'Thành phố trực thuộc Trung ương': 'thành phố',
};

/**
 * The 34 units, in Vietnamese order, from the 63 provinces and the merger table. Throws when the
 * two disagree (a province without its row, a unit with two names or kinds), never guesses.
 *
 * @example provinces2025(provinces, mergerTable).find((p) => p.name === 'Tuyên Quang')?.predecessors.map((p) => p.name) // ['Hà Giang', 'Tuyên Quang']
 */
export function provinces2025(provinces: ReadonlyMap<string, Province>, mergerTable: Pick<Table, 'id' | 'rows'>): Province2025[] {
  const units = new Map<string, Province2025>();
  for (const province of provinces.values()) {
    const row = mergerTable.rows.find((r) => r.old_gso_code === province.code);
    if (!row) throw new Error(`${mergerTable.id}: no row for province ${province.code} (${province.name})`);
    const { code, name } = province.province2025;
    if (String(row.new_gso_code) !== code || String(row.new_province) !== name) {
      throw new Error(
        `${mergerTable.id}: province ${province.code} joins ${row.new_gso_code} ${row.new_province}, but data/geo/provinces.csv says ${code} ${name}`,
      );
    }
    const unitType = unitTypes[String(row.new_province_type_2025)];
    if (!unitType) throw new Error(`${mergerTable.id}: unknown unit type ${JSON.stringify(row.new_province_type_2025)}`);
    const unit = units.get(code) ?? {
      code,
      name,
      slug: slugify(name),
      unitType,
      seat: typeof row.new_province_seat === 'string' && row.new_province_seat !== '' ? row.new_province_seat : null,
      predecessors: [],
      merged: false,
    };
    if (unit.unitType !== unitType) throw new Error(`${mergerTable.id}: ${name} is given two kinds of unit`);
    unit.predecessors.push(province);
    units.set(code, unit);
  }
  return sortByName(
    [...units.values()].map((unit) => ({
      ...unit,
      predecessors: sortByName(unit.predecessors, (p) => p.name),
      merged: unit.predecessors.length > 1,
    })),
    (unit) => unit.name,
  );
}

/** The unit an old province belongs to since 1 July 2025. */
export function unitOf(units: readonly Province2025[], oldCode: string): Province2025 {
  const unit = units.find((u) => u.predecessors.some((p) => p.code === oldCode));
  if (!unit) throw new Error(`provinces2025: no unit holds province ${oldCode}`);
  return unit;
}
