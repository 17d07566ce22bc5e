import { chartCitation, chartOEmbed, chartUrl, embedSnippet, standaloneSvg, svgSize, type OEmbed } from '../lib/embed/index.ts';
import { storiesUsingChart } from '../lib/stories/chartUsage.ts';
import { publishedChart } from './charts.ts';
import { noteInput } from './reads.ts';
import { stories as publishedStories } from './stories.ts';
import { placedCharts } from './storyText.ts';

/** PNG exports are rendered at twice the SVG size. */
export const PNG_SCALE = 2;

/** What the chart page offers a journalist: snippet, downloads, citation, the stories using it. */
export async function chartSharing(id: string, site: URL) {
  const { spec, source } = await publishedChart(id, `/bieu-do/${id}/`);
  const origin = site.origin;
  const url = chartUrl(origin, id);
  // Only what this build publishes: a draft or a story scheduled for later must not leak its title here.
  const published = await publishedStories();
  const stories = storiesUsingChart(published, id, await placedCharts(published));
  return {
    spec,
    snippet: embedSnippet({ origin, id, title: spec.title }),
    // The same credit as the line under the chart: the spec's own wording, or its credited sources.
    citation: chartCitation({ title: spec.title, url, sources: [source], date: today() }),
    stories,
  };
}

/** The day of the build, which a citation shows as the day the chart was read: a page showing it is rebuilt the next day. */
function today(): Date {
  noteInput('day');
  return new Date();
}

/** The oEmbed answer of a chart. */
export async function oembedFor(id: string, site: URL): Promise<OEmbed> {
  const { spec, model, source } = await publishedChart(id, `/oembed/${id}.json`);
  const origin = site.origin;
  const svg = standaloneSvg(model, spec, source, chartUrl(origin, id));
  const size = svgSize(svg);
  // The embed shows the chart with its title, notes and source: about the exported picture's height, plus its text.
  return chartOEmbed(spec, origin, { height: size.height + 160, thumbnail: svgSize(svg, PNG_SCALE) });
}
