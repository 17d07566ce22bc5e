import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../lib/embed/index.ts';
import { chartPaths, publishedChart } from '../../queries/charts.ts';

export const getStaticPaths = (() => chartPaths((id) => `/bieu-do/${id}.csv`)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { model } = await publishedChart(params.id!, `/bieu-do/${params.id}.csv`);
  return new Response(chartCsv(model.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
