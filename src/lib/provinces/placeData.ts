/**
 * schema.org `Place` for the province pages, as JSON-LD. schema.org has no property for "succeeded
 * by" between places, so an old province says where it lies now with `containedInPlace` (its
 * territory lies within the unit since 1 July 2025), and a merged unit lists the old provinces it
 * joins with `containsPlace`, the inverse property.
 */
import type { Province } from '../data/provinces.ts';
import { province2025Path, provincePath } from '../urls.ts';
import type { Merger2025 } from './merger2025.ts';
import type { Province2025 } from './provinces2025.ts';
import { capitalise } from '../format/names.ts';

const vietNam = { '@type': 'Country', name: 'Việt Nam' } as const;

/** A unit since 1 July 2025 as a reference: its full name, its page, its country. */
function unitRef(unit: Pick<Province2025, 'name' | 'slug' | 'unitType'>, url: (path: string) => string) {
  return {
    '@type': 'Place',
    name: `${capitalise(unit.unitType)} ${unit.name}`,
    url: url(province2025Path(unit.slug)),
    containedInPlace: vietNam,
  };
}

/**
 * The `Place` of a unit since 1 July 2025: in Việt Nam, holding the old provinces it joins.
 *
 * @example unitPlace(tuyenQuang, (p) => new URL(p, 'https://thuocdo.vn').href).containsPlace.map((p) => p.name) // ['Tỉnh Hà Giang', 'Tỉnh Tuyên Quang']
 */
export function unitPlace(unit: Province2025, url: (path: string) => string) {
  return {
    '@context': 'https://schema.org',
    ...unitRef(unit, url),
    description: `Đơn vị hành chính cấp tỉnh từ 01/07/2025, trụ sở tại ${unit.seat}.`,
    ...(unit.merged
      ? { containsPlace: unit.predecessors.map((p) => ({ '@type': 'Place', name: p.fullName, url: url(provincePath(p.slug)) })) }
      : {}),
  };
}

/**
 * The `Place` of a province of before 1 July 2025: within the unit it belongs to now.
 *
 * @example oldProvincePlace(haGiang, merger2025(provinces, mergerTable, '02'), url).containedInPlace.name // 'Tỉnh Tuyên Quang'
 */
export function oldProvincePlace(
  province: Province,
  unit: Pick<Merger2025, 'name' | 'slug' | 'unitType'>,
  url: (path: string) => string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: province.fullName,
    url: url(provincePath(province.slug)),
    description: `Đơn vị hành chính cấp tỉnh trước 01/07/2025; từ 01/07/2025 thuộc ${unit.unitType} ${unit.name}.`,
    containedInPlace: unitRef(unit, url),
  };
}
