import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../lib/embed/index.ts';
import { chartIds, publishedChart } from '../../queries/charts.ts';

export const getStaticPaths = (async () => (await chartIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { model } = await publishedChart(params.id!, `/bieu-do/${params.id}.csv`);
  return new Response(chartCsv(model.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
