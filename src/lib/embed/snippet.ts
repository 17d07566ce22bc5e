import { escapeText } from '../svg/svg.ts';
import { chartPath, embedPath, pngPath } from '../urls.ts';
import { EMBED_SANDBOX } from './protocol.ts';

export interface EmbedTarget {
  /** The site's origin, e.g. https://thuocdo.vn */
  origin: string;
  id: string;
  title: string;
}

/** The loader's script element: `/nhung.js` of the site, loaded without blocking the host page. */
const loaderScript = (origin: string) => `<script async src="${origin}/nhung.js"></script>`;

/**
 * The code a journalist pastes: an element naming the chart and the origin whose loader mounts
 * it, the loader, and a PNG for readers without JavaScript. Works in any CMS that accepts HTML.
 */
export function embedSnippet({ origin, id, title }: EmbedTarget): string {
  const alt = escapeText(title);
  return [
    `<div data-thuocdo-chart="${id}" data-thuocdo-origin="${origin}" data-title="${alt}">`,
    `  <noscript><a href="${origin}${chartPath(id)}"><img src="${origin}${pngPath(id)}" alt="${alt}" style="max-width:100%;height:auto"></a></noscript>`,
    `</div>`,
    loaderScript(origin),
  ].join('\n');
}

/**
 * The embed as a plain iframe, for CMSs that keep only an iframe from an oEmbed answer
 * (WordPress, Ghost), followed by the loader, which resizes it where scripts survive. The iframe
 * shows the chart without JavaScript, at `height` pixels until the loader resizes it.
 * `frameborder` is there because CMSs drop `style`.
 *
 * @example embedIframe({ origin: 'https://thuocdo.vn', id: 'lai-chau-ha-tang-2024', title: 'Hạ tầng', height: 540 })
 */
export function embedIframe({ origin, id, title, height }: EmbedTarget & { height: number }): string {
  return [
    `<iframe src="${origin}${embedPath(id)}" title="${escapeText(title)}" width="100%" height="${Math.ceil(height)}" loading="lazy" sandbox="${EMBED_SANDBOX}" frameborder="0" style="display:block;width:100%;border:0"></iframe>`,
    loaderScript(origin),
  ].join('\n');
}
