import type { APIRoute, GetStaticPaths } from 'astro';
import { standaloneSvg } from '../../lib/embed/index.ts';
import { chartPath } from '../../lib/urls.ts';
import { chartPaths, publishedChart } from '../../queries/charts.ts';

export const getStaticPaths = (() => chartPaths((id) => `/bieu-do/${id}.svg`)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { spec, model, source } = await publishedChart(params.id!, `/bieu-do/${params.id}.svg`);
  const svg = standaloneSvg(model, spec, source, new URL(chartPath(spec.id), site).href);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
