/**
 * The locator map of the 34 units since 1 July 2025: each unit a link to its page, named by the
 * unit and the provinces it joins, labelled where its name fits inside it. No data is drawn:
 * every unit has the same fill, so no colour can be read as a figure.
 */
import * as Plot from '@observablehq/plot';
import { geoArea, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Markup } from '../svg/svg.ts';
import type { Province2025 } from '../provinces/provinces2025.ts';
import { province2025Path } from '../urls.ts';
import { textWidth } from './layout.ts';
import { mapGeometry2025, type Unit2025Properties } from './map2025.ts';
import { islandMarks, mapProjection } from './mapChart.ts';
import { palette } from './palette.ts';
import { linkEach, perDatum, plotSvg } from './plot/plotSvg.ts';

const WIDTH = 480;
const FONT_SIZE = 15;
/** Unit labels are smaller than the island labels: 34 names share the land. */
const LABEL_SIZE = 10;

type UnitFeature = Feature<MultiPolygon, Unit2025Properties>;

/**
 * A link's accessible name: the unit, and the provinces of before it joins when it was merged.
 *
 * @example unitLinkName(tuyenQuang) // 'Tuyên Quang (gồm Hà Giang, Tuyên Quang)'
 */
export function unitLinkName(unit: Pick<Province2025, 'name' | 'merged' | 'predecessors'>): string {
  return unit.merged ? `${unit.name} (gồm ${unit.predecessors.map((p) => p.name).join(', ')})` : `${unit.name} (giữ nguyên)`;
}

/** The unit's largest polygon: its label goes there, not in the sea between its islands. */
function mainland(f: UnitFeature): Polygon {
  const polygons = f.geometry.coordinates.map((rings): Polygon => ({ type: 'Polygon', coordinates: rings }));
  return polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/**
 * Where a unit's label goes, or nothing when its name does not fit: centred on its largest
 * polygon, inside it, the name no wider than the polygon there.
 */
export function unitLabel(f: UnitFeature, projection: GeoProjection) {
  const path = geoPath(projection);
  const polygon = mainland(f);
  const [[x0, y0], [x1, y1]] = path.bounds(polygon);
  const [x, y] = path.centroid(polygon);
  const inside = geoContains(polygon, projection.invert!([x, y])!);
  const fits = textWidth(f.properties.name, LABEL_SIZE) <= 0.9 * (x1 - x0) && 1.4 * LABEL_SIZE <= y1 - y0;
  if (!inside || !fits) return null;
  const [lon, lat] = projection.invert!([x, y])!;
  return { lon, lat, text: f.properties.name };
}

/**
 * The map: units in north-to-south order (the Tab key goes down the country), each an `<a>` to
 * `/tinh/2025/<slug>/`. The root is a group named by `${id}-title` and described by `${id}-desc`,
 * which the page provides.
 */
export function locatorMap2025(topology: unknown, units: readonly Province2025[], id: string): Markup {
  const geometry = mapGeometry2025(topology, units);
  const { projection, height } = mapProjection([...geometry.units, ...geometry.islands], WIDTH);
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const path = geoPath(projection);
  const land = [...geometry.units].sort((a, b) => path.centroid(mainland(a))[1] - path.centroid(mainland(b))[1]);
  const labels = land.flatMap((f) => unitLabel(f, projection) ?? []);
  const colours = palette.light;

  return plotSvg(
    { id, width: WIDTH, height, fontSize: FONT_SIZE, className: 'chart-svg locator-map', role: 'group' },
    {
      margin: 0,
      projection,
      marks: [
        Plot.geo(land, {
          className: 'units',
          fill: colours.bar,
          stroke: colours.background,
          strokeWidth: 0.75,
          render: linkEach(land, (f) => {
            const unit = unitByCode.get(f.properties.code)!;
            return { href: province2025Path(unit.slug), title: unitLinkName(unit), class: 'unit-link' };
          }),
        }),
        ...islandMarks(geometry.islands, projection, WIDTH),
        // The names are for the eye: each link is already named, so a screen reader does not hear them twice.
        Plot.text(labels, {
          className: 'unit-labels',
          x: 'lon',
          y: 'lat',
          text: 'text',
          fontSize: LABEL_SIZE,
          fill: colours.text,
          render: perDatum(labels, () => ({ class: 'unit-label', 'aria-hidden': 'true' })),
        }),
      ],
    },
  );
}
