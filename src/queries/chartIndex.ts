import type { ChartSpec } from '../lib/charts/index.ts';
import { compareVi } from '../lib/format/index.ts';
import { storiesUsingChart } from '../lib/stories/chartUsage.ts';
import { chartIds, publishedChart } from './charts.ts';
import { datasetTable } from './datasets.ts';
import { stories as publishedStories, type Story } from './stories.ts';
import { placedCharts } from './storyText.ts';

/** One card of the chart index (`/bieu-do/`). */
export interface ChartCard {
  id: string;
  title: string;
  type: ChartSpec['type'];
  dataset: { id: string; title: string };
  /** The published stories that show it, newest first. */
  stories: Story[];
}

/** Every published chart as a card, by title in Vietnamese order. */
export async function chartCards(): Promise<ChartCard[]> {
  const published = await publishedStories();
  const placed = await placedCharts(published);
  const cards = await Promise.all(
    (await chartIds()).map(async (id) => {
      const { spec } = await publishedChart(id, '/bieu-do/');
      const table = await datasetTable(spec.dataset);
      return {
        id,
        title: spec.title,
        type: spec.type,
        dataset: { id: spec.dataset, title: table.schema.title },
        stories: storiesUsingChart(published, id, placed),
      };
    }),
  );
  return cards.sort((a, b) => compareVi(a.title, b.title));
}
