import { escapeText } from '../svg/svg.ts';
import { chartPath, pngPath } from '../urls.ts';

export interface EmbedTarget {
  /** The site's origin, e.g. https://thuocdo.vn */
  origin: string;
  id: string;
  title: string;
}

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
    `<script async src="${origin}/nhung.js"></script>`,
  ].join('\n');
}
