import { describe, expect, it } from 'vitest';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import topology from '../../../data/geo/vn-provinces-63.topo.json' with { type: 'json' };
import { mapGeometry2025, unitBorders } from '../../../src/lib/charts/map2025.ts';
import { locatorMap2025, unitLinkName } from '../../../src/lib/charts/locatorMap2025.ts';
import { mapGeometry } from '../../../src/lib/charts/mapChart.ts';
import { provinces63, units2025 } from '../../helpers/units2025.ts';

const units = units2025();

/**
 * A province's centroid when it lies inside the province; else the middle of the widest stretch
 * of land on the centroid's parallel, in the largest polygon.
 */
function pointInside(geometry: Polygon | MultiPolygon): [number, number] {
  const centroid = geoCentroid(geometry) as [number, number];
  if (geoContains(geometry, centroid)) return centroid;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings = polygons.reduce((a, b) =>
    geoArea({ type: 'Polygon', coordinates: b }) > geoArea({ type: 'Polygon', coordinates: a }) ? b : a,
  );
  const lat = geoCentroid({ type: 'Polygon', coordinates: rings })[1];
  const crossings = rings
    .flatMap((ring) => ring.slice(1).map((b, i) => [ring[i], b]))
    .filter(([a, b]) => (a[1] - lat) * (b[1] - lat) < 0)
    .map(([a, b]) => a[0] + ((lat - a[1]) * (b[0] - a[0])) / (b[1] - a[1]))
    .sort((x, y) => x - y);
  let best: [number, number] = centroid;
  for (let i = 0, widest = 0; i + 1 < crossings.length; i += 2) {
    if (crossings[i + 1] - crossings[i] > widest) {
      widest = crossings[i + 1] - crossings[i];
      best = [(crossings[i] + crossings[i + 1]) / 2, lat];
    }
  }
  return best;
}

describe('mapGeometry2025(topology, units)', () => {
  const geometry = mapGeometry2025(topology, units);

  it('draws 34 units, each a shape with area, and the two archipelagos', () => {
    expect(geometry.units).toHaveLength(34);
    for (const unit of geometry.units) expect(geoArea(unit), unit.properties.name).toBeGreaterThan(1e-6);
    expect(geometry.islands).toHaveLength(2);
  });

  it("puts each old province's centroid inside its unit's shape, and in no other unit", () => {
    // The unsimplified provinces: the test must not lean on the code it checks. Kiên Giang's
    // centroid lies in the sea (islands, a bent coast): its point is then one surely inside it.
    const topo = topology as unknown as Topology;
    const provinces = (feature(topo, topo.objects.provinces) as FeatureCollection<Polygon | MultiPolygon>).features;
    expect(provinces).toHaveLength(63);
    for (const province of provinces) {
      const code = String(province.properties!.gso_code);
      const centroid = pointInside(province.geometry);
      expect(geoContains(province, centroid), province.properties!.name_vi).toBe(true);
      const containing = geometry.units.filter((f) => geoContains(f, centroid)).map((f) => f.properties.name);
      const unit = units.find((u) => u.predecessors.some((p) => p.code === code))!;
      expect(containing, `${province.properties!.name_vi} in ${unit.name}`).toEqual([unit.name]);
    }
  });

  it("gives Tuyên Quang Hà Giang's land as well as its own", () => {
    const tuyenQuang = geometry.units.find((f) => f.properties.name === 'Tuyên Quang')!;
    expect(tuyenQuang.properties).toMatchObject({ code: '08', slug: 'tuyen-quang', predecessors: ['02', '08'] });
    const old = mapGeometry(topology).provinces.filter((f) => ['02', '08'].includes(f.properties.gso_code));
    expect(geoArea(tuyenQuang)).toBeCloseTo(
      old.reduce((sum, f) => sum + geoArea(f), 0),
      8,
    );
  });

  it('refuses units that leave a province out', () => {
    expect(() => mapGeometry2025(topology, units.slice(1))).toThrow(/belong to no unit/);
  });
});

describe('unitBorders(topology, unitOf)', () => {
  it('draws the lines between units, not those between provinces of one unit', () => {
    const unitOf = (code: string) => provinces63().get(code)!.province2025.code;
    const all = unitBorders(topology, (code) => code).coordinates.length;
    const between = unitBorders(topology, unitOf).coordinates.length;
    expect(between).toBeGreaterThan(0);
    expect(between).toBeLessThan(all);
  });
});

describe('locatorMap2025(topology, units, id)', () => {
  const svg = locatorMap2025(topology, units, 'ban-do-34').html;

  it('makes each unit a link to its page, named by the unit and its predecessors', () => {
    const links = [...svg.matchAll(/<a href="([^"]+)" class="unit-link"><title>([^<]+)<\/title><path /g)];
    expect(links).toHaveLength(34);
    expect(links.map((l) => l[1]).sort()).toEqual(units.map((u) => `/tinh/2025/${u.slug}/`).sort());
    expect(links.map((l) => l[2])).toContain('Tuyên Quang (gồm Hà Giang, Tuyên Quang)');
    expect(links.map((l) => l[2])).toContain('Lai Châu (giữ nguyên)');
  });

  it('orders the links from north to south, so Tab goes down the country', () => {
    const names = [...svg.matchAll(/<title>([^(<]+) \(/g)].map((m) => m[1]);
    expect(names.indexOf('Lai Châu')).toBeLessThan(names.indexOf('Hà Nội'));
    expect(names.indexOf('Hà Nội')).toBeLessThan(names.indexOf('Cà Mau'));
  });

  it('is a group named and described by the page, its labels hidden from screen readers', () => {
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="ban-do-34-title" aria-describedby="ban-do-34-desc"/);
    expect(svg).toMatch(/class="unit-label" aria-hidden="true"/);
  });

  it('says who a unit joins only when it was merged', () => {
    const lai = units.find((u) => u.name === 'Lai Châu')!;
    expect(unitLinkName(lai)).toBe('Lai Châu (giữ nguyên)');
  });
});
