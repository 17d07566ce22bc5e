import { getCollection, getEntry } from 'astro:content';
import { buildChart, joinedDatasets, sourceLine, type ChartModel, type ChartSpec } from '../lib/charts/index.ts';
import { DataReferenceError, PROVINCES_ID, provincesFrom, type Table } from '../lib/data/index.ts';
import { closest } from '../lib/text/closest.ts';
import { say } from '../lib/ui/messages.ts';
import topology from '../../data/geo/vn-provinces-63.topo.json' with { type: 'json' };
import { datasetTable } from './datasets.ts';

export interface PublishedChart {
  spec: ChartSpec;
  model: ChartModel;
  source: string;
  table: Table;
}

const built = new Map<string, Promise<PublishedChart>>();

/**
 * A chart ready for the page, drawn once per build however many pages show it. An unknown id
 * throws, naming the id and the page that asked for it.
 */
export function publishedChart(id: string, requestedBy: string): Promise<PublishedChart> {
  let chart = built.get(id);
  if (!chart) {
    chart = (async () => {
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
    })();
    built.set(id, chart);
    // A failed lookup must fail again for the next page too, not be cached as a success.
    chart.catch(() => built.delete(id));
  }
  return chart;
}

/** Every chart id, sorted. */
export async function chartIds(): Promise<string[]> {
  return (await getCollection('charts')).map((entry) => entry.id).sort();
}
