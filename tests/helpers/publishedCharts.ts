/**
 * The project's published charts as the site builds them: its datasets and chart context loaded
 * once, each spec read and checked by `readChartSpec`, drawn by `buildChart`, credited by
 * `sourceLine` (with a joined dataset's sources). Tests of every published chart start here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import topology from '../../data/geo/vn-provinces-63.topo.json' with { type: 'json' };
import {
  buildChart,
  readChartSpec,
  sourceLine,
  type ChartContext,
  type ChartModel,
  type ChartSpec,
} from '../../src/lib/charts/index.ts';
import { joinedDatasets } from '../../src/lib/charts/chartSpec.ts';
import { loadDatasets, PROVINCES_ID, provincesFrom, type Table } from '../../src/lib/data/index.ts';

const root = join(import.meta.dirname, '../..');
export const chartDir = join(root, 'src/content/charts');

/** Every dataset of `data/`, loaded once. */
export const projectTables = loadDatasets(join(root, 'data'), root);

/** What charts need besides their dataset, as the site gives it. */
export const projectContext: ChartContext = {
  provinces: provincesFrom(projectTables.get(PROVINCES_ID)!),
  topology,
  tables: projectTables,
};

/** The ids of the published charts: their spec files' names. */
export const publishedChartIds = readdirSync(chartDir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => basename(file, '.yaml'))
  .sort();

export interface PublishedChart {
  spec: ChartSpec;
  table: Table;
  model: ChartModel;
  /** The "Nguồn:" line. */
  source: string;
}

const cache = new Map<string, PublishedChart>();

/** A published chart read, checked and drawn once; a spec with issues throws them. */
export function publishedChart(id: string): PublishedChart {
  let chart = cache.get(id);
  if (!chart) {
    const file = `${id}.yaml`;
    const read = readChartSpec(readFileSync(join(chartDir, file), 'utf8'), file, id, projectTables, projectContext);
    if ('issues' in read)
      throw new Error(read.issues.map((i) => `${i.file}:${i.line} ${i.value ?? ''}: ${i.message}`).join('\n'));
    const { spec } = read;
    const table = projectTables.get(spec.dataset)!;
    const joined = joinedDatasets(spec).map((other) => projectTables.get(other)!);
    chart = { spec, table, model: buildChart(spec, table, projectContext), source: sourceLine(table, spec, joined) };
    cache.set(id, chart);
  }
  return chart;
}
