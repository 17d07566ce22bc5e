import type { Province } from '../data/provinces.ts';

/** What charts need besides their dataset: the province reference (names, slugs) and the map geometry. */
export interface ChartContext {
  provinces: Map<string, Province>;
  /** The 63-province TopoJSON of `data/geo/` (objects `provinces` and `islands`). */
  topology?: unknown;
}
