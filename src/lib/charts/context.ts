import type { Province } from '../data/provinces.ts';
import type { Table } from '../data/table.ts';

/** What charts need besides their dataset: the province reference (names, slugs) and the map geometry. */
export interface ChartContext {
  provinces: Map<string, Province>;
  /** The 63-province TopoJSON of `data/geo/` (objects `provinces` and `islands`). */
  topology?: unknown;
  /** The datasets by id, for a chart that joins a second one (a scatter's other axis); see `joinedDatasets`. */
  tables?: ReadonlyMap<string, Table>;
}
