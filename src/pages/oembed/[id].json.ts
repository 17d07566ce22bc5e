import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedFor } from '../../queries/embeds.ts';
import { chartIds } from '../../queries/charts.ts';

export const getStaticPaths = (async () => (await chartIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(JSON.stringify(await oembedFor(params.id!, site!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
