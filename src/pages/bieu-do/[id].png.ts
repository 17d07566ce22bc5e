import type { APIRoute, GetStaticPaths } from 'astro';
import { pngFromSvg, standaloneSvg } from '../../lib/embed/index.ts';
import { chartPath, pngPath } from '../../lib/urls.ts';
import { chartPaths, publishedChart } from '../../queries/charts.ts';

export const getStaticPaths = (() => chartPaths(pngPath)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { spec, model, source } = await publishedChart(params.id!, `/bieu-do/${params.id}.png`);
  const png = pngFromSvg(standaloneSvg(model, spec, source, new URL(chartPath(spec.id), site).href));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
