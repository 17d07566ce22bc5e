import type { ChartSpec } from '../charts/chartSpec.ts';
import { chartPath, pngPath } from '../urls.ts';
import { embedIframe } from './snippet.ts';

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/**
 * The oEmbed answer for a chart: rich HTML (a sandboxed iframe of the embed page, which CMSs keep
 * from providers they do not know, and the loader, which resizes it), a height to start from, and
 * the PNG as thumbnail when the chart has one.
 */
export function chartOEmbed(
  spec: Pick<ChartSpec, 'id' | 'title'>,
  origin: string,
  { height, thumbnail }: { height: number; thumbnail?: { width: number; height: number } },
): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Thước Đo',
    provider_url: `${origin}/`,
    title: spec.title,
    html: embedIframe({ origin, id: spec.id, title: spec.title, height }),
    width: 680,
    height,
    cache_age: 86_400,
    ...(thumbnail
      ? { thumbnail_url: `${origin}${pngPath(spec.id)}`, thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height }
      : {}),
  };
}

/** Where the chart page lives, for links back. */
export const chartUrl = (origin: string, id: string) => `${origin}${chartPath(id)}`;

/** The pixel size of an SVG's viewBox times `scale`: the PNG rendered from it. */
export function svgSize(svg: string, scale = 1): { width: number; height: number } {
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match) throw new Error('svgSize: the SVG has no viewBox');
  return { width: Math.round(Number(match[1]) * scale), height: Math.round(Number(match[2]) * scale) };
}
