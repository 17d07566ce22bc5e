/**
 * The map topology (data/geo/vn-provinces-63.topo.json) simplified once for drawing, shared by
 * the map of the 63 and the map of the 34 units of 2025: both draw the same outlines.
 */
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/** Simplification weight (planar triangle area, square degrees): ~24 KB of paths, borders still clear at 480 px. */
const SIMPLIFY_WEIGHT = 1e-3;

export interface ProvinceProperties {
  gso_code: string;
  name_vi: string;
}
export interface IslandProperties {
  label_vi: string;
}

/**
 * The topology simplified for a map, with its province object and its islands; the islands' arcs
 * are kept whole. Shared arcs stay shared, so merged provinces (the 34 of 2025) and meshes of
 * their borders can be drawn from it with the same outlines as the provinces.
 */
export function simplifiedTopology(topology: unknown, object = 'provinces') {
  const topo = presimplify(topology as Topology<Objects<object>>) as Topology<
    Record<string, GeometryCollection<ProvinceProperties | IslandProperties>>
  >;
  const provinces = topo.objects[object] as GeometryCollection<ProvinceProperties> | undefined;
  const islands = topo.objects.islands as GeometryCollection<IslandProperties> | undefined;
  if (!provinces || !islands) throw new Error(`a map needs the topology objects "${object}" and "islands"`);
  // A point weighted Infinity survives any simplification: the islands' arcs are theirs alone.
  for (const arc of new Set(islands.geometries.flatMap((g) => arcsOf(g)))) {
    for (const point of topo.arcs[arc]) point[2] = Infinity;
  }
  const simple = simplify(topo, SIMPLIFY_WEIGHT) as typeof topo;
  return {
    topo: simple,
    provinces: simple.objects[object] as GeometryCollection<ProvinceProperties>,
    islands: simple.objects.islands as GeometryCollection<IslandProperties>,
  };
}

/** The arc indices a TopoJSON geometry uses (a negative index is an arc reversed). */
function arcsOf(geometry: object): number[] {
  const arcs = 'arcs' in geometry ? ([geometry.arcs].flat(3) as number[]) : [];
  return arcs.map((i) => (i < 0 ? ~i : i));
}
