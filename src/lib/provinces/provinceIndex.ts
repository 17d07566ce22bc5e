import type { Province } from '../data/provinces.ts';
import { compareVi } from '../format/collate.ts';

/**
 * The 63 provinces grouped by region, in the regions' first-seen order (GSO's), provinces in
 * Vietnamese alphabetical order within each.
 */
export function provincesByRegion(provinces: Iterable<Province>): { region: string; provinces: Province[] }[] {
  const groups = new Map<string, Province[]>();
  for (const province of provinces) {
    if (!groups.has(province.region)) groups.set(province.region, []);
    groups.get(province.region)!.push(province);
  }
  return [...groups.entries()].map(([region, list]) => ({ region, provinces: list.sort((a, b) => compareVi(a.name, b.name)) }));
}
