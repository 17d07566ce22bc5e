/**
 * The 34 provincial units since 1 July 2025, drawn from the 63 provinces of before: each unit is
 * the `topojson.merge` of its predecessors' shapes in the simplified map topology, so no new
 * geometry is needed and the outlines are the 63 map's own (see data/geo/SOURCES.md).
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import type { Province2025 } from '../provinces/provinces2025.ts';
import { simplifiedTopology, type IslandProperties, type ProvinceProperties } from './mapTopology.ts';

export interface Unit2025Properties {
  code: string;
  name: string;
  slug: string;
  /** The codes of the provinces of before that it joins. */
  predecessors: string[];
}

export type Unit2025Input = Pick<Province2025, 'code' | 'name' | 'slug'> & { predecessors: readonly { code: string }[] };

/**
 * Each unit's shape, the merge of its predecessors', in the order given, and the islands as the
 * 63 map has them. Throws when the units and the topology disagree (a province in no unit, a
 * predecessor without a shape): a unit drawn without part of its land would mislead.
 *
 * @example mapGeometry2025(topology, units).units.find((f) => f.properties.name === 'Tuyên Quang')?.properties.predecessors // ['02', '08']
 */
export function mapGeometry2025(
  topology: unknown,
  units: readonly Unit2025Input[],
): { units: Feature<MultiPolygon, Unit2025Properties>[]; islands: Feature<Geometry, IslandProperties>[] } {
  const { topo, provinces, islands } = simplifiedTopology(topology);
  const shapeOf = new Map(provinces.geometries.map((g) => [(g.properties as ProvinceProperties).gso_code, g]));
  const joined = new Set(units.flatMap((u) => u.predecessors.map((p) => p.code)));
  const left = [...shapeOf.keys()].filter((code) => !joined.has(code));
  if (left.length > 0) throw new Error(`map of 2025: provinces ${left.join(', ')} belong to no unit`);
  return {
    units: units.map((unit) => {
      const codes = unit.predecessors.map((p) => p.code);
      const shapes = codes.map((code) => {
        const shape = shapeOf.get(code);
        if (!shape) throw new Error(`map of 2025: ${unit.name} joins province ${code}, which the topology does not draw`);
        return shape;
      });
      return {
        type: 'Feature',
        properties: { code: unit.code, name: unit.name, slug: unit.slug, predecessors: codes },
        geometry: merge(topo, shapes as never[]),
      };
    }),
    islands: (feature(topo, islands) as FeatureCollection<Geometry, IslandProperties>).features,
  };
}

/**
 * The borders between the 34 units: every line two provinces of different units share (the
 * coast, shared with no province, is not one).
 *
 * @example unitBorders(topology, (code) => provinces.get(code)!.province2025.code).type // 'MultiLineString'
 */
export function unitBorders(topology: unknown, unitOf: (oldCode: string) => string): MultiLineString {
  const { topo, provinces } = simplifiedTopology(topology);
  const codeOf = (g: GeometryObject) => (g.properties as ProvinceProperties).gso_code;
  return mesh(topo, provinces, (a, b) => a !== b && unitOf(codeOf(a)) !== unitOf(codeOf(b)));
}
