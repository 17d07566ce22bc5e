import type { APIRoute, GetStaticPaths } from 'astro';
import { thumbnailSvg } from '../../../lib/embed/thumbnailSvg.ts';
import { chartThumbnailPath } from '../../../lib/urls.ts';
import { chartPaths, publishedChart } from '../../../queries/charts.ts';

export const getStaticPaths = (() => chartPaths(chartThumbnailPath)) satisfies GetStaticPaths;

/** The chart's small drawing (`chartThumbnailPath`), shown by `ChartThumbnail`. */
export const GET: APIRoute = async ({ params }) => {
  const { model } = await publishedChart(params.id!, `/bieu-do/${params.id}/hinh-nho.svg`);
  return new Response(thumbnailSvg(model).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
