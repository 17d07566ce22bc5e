import { getCollection, getEntry } from 'astro:content';
import { buildChart, joinedDatasets, sourceLine, type ChartModel, type ChartSpec } from '../lib/charts/index.ts';
import { DataReferenceError, PROVINCES_ID, provincesFrom, type Table } from '../lib/data/index.ts';
import { closest } from '../lib/text/closest.ts';
import { say } from '../lib/ui/messages.ts';
import topology from '../../data/geo/vn-provinces-63.topo.json' with { type: 'json' };
import { datasetTable } from './datasets.ts';
import { withCacheKeys } from './pageKeys.ts';
import { noteInput, shared, type Shared } from './reads.ts';

export interface PublishedChart {
  spec: ChartSpec;
  model: ChartModel;
  source: string;
  table: Table;
}

const built = new Map<string, Shared<PublishedChart>>();

/**
 * A chart ready for the page, drawn once per build however many pages show it; every page that
 * shows it has its reads (src/queries/reads.ts). An unknown id throws, naming the id and the
 * page that asked for it.
 */
export function publishedChart(id: string, requestedBy: string): Promise<PublishedChart> {
  return shared(built, id, async () => {
    noteInput(`entry:charts:${id}`);
    const entry = await getEntry('charts', id);
    if (!entry) {
      const known = (await getCollection('charts')).map((c) => c.id).sort();
      throw new DataReferenceError(say('story.unknownChart', {}, closest(id, known)), `${requestedBy}: <Chart id="${id}">`);
    }
    const spec = entry.data;
    const [table, provinceTable, ...joined] = await Promise.all(
      [spec.dataset, PROVINCES_ID, ...joinedDatasets(spec)].map((dataset) => datasetTable(dataset)),
    );
    const tables = new Map(joined.map((other) => [other.id, other]));
    const model = buildChart(spec, table, { provinces: provincesFrom(provinceTable), topology, tables });
    return { spec, model, source: sourceLine(table, spec, joined), table };
  });
}

/** The getStaticPaths of a route with one page per chart, at `pathOf(id)`, with their cache keys. */
export async function chartPaths(pathOf: (id: string) => string) {
  return withCacheKeys(
    (await chartIds()).map((id) => ({ params: { id } })),
    ({ params }) => pathOf(params.id),
  );
}

/** Every chart id, sorted. */
export async function chartIds(): Promise<string[]> {
  return (await getCollection('charts')).map((entry) => entry.id).sort();
}
