import type { APIRoute } from 'astro';
import { bundleLoader } from '../lib/embed/bundleLoader.ts';

export const GET: APIRoute = () =>
  new Response(bundleLoader(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
