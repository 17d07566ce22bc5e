import { palette } from './palette.ts';

/** An entity with a colour of its own in every chart: the country, a region, or the province a chart is about. */
export type Entity = keyof typeof palette.entities;

/**
 * The names the datasets and editors write for the country and each region (as in
 * data/geo/provinces.csv, with the short forms stories and labels use), in lower case.
 */
const aliases: Record<Exclude<Entity, 'province'>, string[]> = {
  country: ['cả nước', 'toàn quốc'],
  northernMidlands: ['trung du và miền núi phía bắc', 'trung du miền núi phía bắc', 'miền núi phía bắc'],
  redRiverDelta: ['đồng bằng sông hồng'],
  northCentralCoast: ['bắc trung bộ và duyên hải miền trung', 'duyên hải miền trung'],
  centralHighlands: ['tây nguyên'],
  southeast: ['đông nam bộ'],
  mekongDelta: ['đồng bằng sông cửu long'],
};

const normalise = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

const byName = new Map(
  Object.entries(aliases).flatMap(([entity, names]) => names.map((name) => [name, entity as Entity] as const)),
);

/**
 * The country or region a series name stands for, in any of its spellings (NFC or NFD, any
 * case); undefined for anything else (a province, a district group).
 *
 * @example fixedEntity('Miền núi phía Bắc') // 'northernMidlands'
 */
export function fixedEntity(name: string): Entity | undefined {
  return byName.get(normalise(name));
}

/**
 * The order in which a series that is no country or region takes a colour: the first is the
 * province the chart is about; a further one borrows the colour of a region the chart does not
 * draw, the hues furthest from the province's blue first.
 */
const borrowing: Entity[] = [
  'province',
  'redRiverDelta',
  'centralHighlands',
  'northernMidlands',
  'southeast',
  'northCentralCoast',
  'mekongDelta',
];

/**
 * The colour entity of each series of one chart, in the chart's order (a line chart's
 * highlights): the country and each region always their own (by name, else by label); the first
 * other series (the province the chart is about) the province's colour; any further one the
 * colour of an entity absent from the chart, so that no two series of a chart share a colour
 * (such a further province can take another colour in another chart: 63 provinces cannot each
 * have a colour of their own).
 *
 * @example seriesEntities([{ name: 'Lai Châu' }, { name: 'Trung du và miền núi phía Bắc' }, { name: 'Cả nước' }]) // ['province', 'northernMidlands', 'country']
 */
export function seriesEntities(series: readonly { name: string; label?: string }[]): Entity[] {
  const fixed = series.map((s) => fixedEntity(s.name) ?? (s.label === undefined ? undefined : fixedEntity(s.label)));
  const free = borrowing.filter((entity) => !fixed.includes(entity));
  return fixed.map((entity) => entity ?? free.shift() ?? 'province');
}

/**
 * The colour of a series named `name` when drawn alone or highlighted (a bar, a dot): the
 * country's and each region's own, else the colour of the province a chart is about.
 *
 * @example entityColour('Cả nước') // '#4d4d4d'
 * @example entityColour('Lai Châu', 'dark') // '#5cb8f0'
 */
export function entityColour(name: string, theme: 'light' | 'dark' = 'light'): string {
  return palette.entities[fixedEntity(name) ?? 'province'][theme];
}

/**
 * The class that gives an entity's marks its colour in CSS (light and dark themes), e.g.
 * `entity-northern-midlands`.
 */
export function entityClass(entity: Entity): string {
  return `entity-${entity.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
