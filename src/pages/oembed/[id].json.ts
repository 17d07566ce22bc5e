import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedFor } from '../../queries/embeds.ts';
import { chartPaths } from '../../queries/charts.ts';

export const getStaticPaths = (() => chartPaths((id) => `/oembed/${id}.json`)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(JSON.stringify(await oembedFor(params.id!, site!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
