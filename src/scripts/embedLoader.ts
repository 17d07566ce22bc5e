/**
 * `/nhung.js`: turns every `<div data-thuocdo-chart="<id>">` of a host page into a sandboxed
 * iframe of our embed page, adopts the embed iframes already on the page (oEmbed's HTML), and
 * resizes each iframe from its own height messages only: the message must come from the
 * iframe's origin and from that very iframe.
 *
 * Loaders of several of our origins (production and staging) may share a page: each knows the
 * origin it was loaded from, mounts the divs whose `data-thuocdo-origin` names that origin (a div
 * of an older snippet, without it, goes to the first loader that runs), adopts the iframes of
 * that origin, and listens to that origin.
 */
import { chartIdOfEmbedUrl, EMBED_SANDBOX, heightRequest, readHeightMessage } from '../lib/embed/protocol.ts';
import { embedPath } from '../lib/urls.ts';

interface Embed {
  chart: string;
  frame: HTMLIFrameElement;
  /** The frame's origin: only its messages resize it. */
  origin: string;
}

interface Registry {
  embeds: Embed[];
  /** The origins a copy of the loader listens to already. */
  listening: string[];
}

/**
 * Every copy of the loader on the page shares one registry, kept under a symbol: an element's id
 * or name can clobber a named property of window (`<div id="__thuocdo">` did), never a symbol.
 */
const REGISTRY = Symbol.for('thuocdo.embeds');

/**
 * The URL this script was loaded from. `document.currentScript` names it, except in a module
 * script; then the stack of an error names the running file, and as a last resort the only
 * origin of the page's `/nhung.js` script elements. Never the host page's own URL.
 */
function loaderUrl(): string | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  const stack = /https?:\/\/[^\s()'"@]+?\/nhung\.js(?=[?#:])/.exec(new Error().stack ?? '');
  if (stack) return stack[0];
  const origins = new Set(
    Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'), (s) => new URL(s.src, location.href))
      .filter((url) => url.pathname.endsWith('/nhung.js'))
      .map((url) => url.origin),
  );
  return origins.size === 1 ? [...origins][0] : null;
}

function start(origin: string): void {
  const slot = window as unknown as { [REGISTRY]?: Registry };
  const registry = (slot[REGISTRY] ??= { embeds: [], listening: [] });
  const known = (frame: HTMLIFrameElement) => registry.embeds.some((embed) => embed.frame === frame);

  function mount(host: HTMLElement): void {
    const chart = host.dataset.thuocdoChart;
    const owner = host.dataset.thuocdoOrigin;
    if (!chart || host.dataset.thuocdoMounted || (owner && owner !== origin)) return;
    host.dataset.thuocdoMounted = 'true';
    const title = host.dataset.title || `Biểu đồ Thước Đo: ${chart}`;
    const frame = document.createElement('iframe');
    const theme = host.dataset.theme;
    frame.setAttribute('sandbox', EMBED_SANDBOX);
    frame.src = `${origin}${embedPath(encodeURIComponent(chart))}${theme ? `?theme=${encodeURIComponent(theme)}` : ''}`;
    frame.title = title;
    frame.setAttribute('aria-label', title);
    frame.loading = 'lazy';
    frame.style.cssText = 'display:block;width:100%;border:0;height:480px';
    host.append(frame);
    registry.embeds.push({ chart, frame, origin });
  }

  /** An embed iframe pasted as such (oEmbed's HTML): it may have reported before we listened, so ask again. */
  function adopt(frame: HTMLIFrameElement): void {
    const chart = chartIdOfEmbedUrl(new URL(frame.src));
    if (!chart || known(frame)) return;
    registry.embeds.push({ chart, frame, origin });
    // The request carries nothing: '*' also reaches a frame still loading, which reports anyway.
    frame.contentWindow?.postMessage(heightRequest(), '*');
  }

  function onMessage(event: MessageEvent): void {
    if (event.origin !== origin) return;
    const embed = registry.embeds.find(({ frame }) => frame.contentWindow === event.source);
    if (!embed || embed.origin !== origin) return;
    const height = readHeightMessage(event.data, embed.chart);
    if (height !== null) embed.frame.style.height = `${height}px`;
  }

  // The script may be pasted once per embed: listen once per origin.
  if (!registry.listening.includes(origin)) {
    registry.listening.push(origin);
    window.addEventListener('message', onMessage);
  }
  document.querySelectorAll<HTMLElement>('[data-thuocdo-chart]').forEach(mount);
  document.querySelectorAll<HTMLIFrameElement>(`iframe[src^="${origin}/nhung/"]`).forEach(adopt);
}

const url = loaderUrl();
if (url) start(new URL(url).origin);
else
  console.error(
    'Thước Đo: /nhung.js cannot tell which site it was loaded from, so it shows no chart. Load it with <script async src="https://thuocdo.vn/nhung.js"></script>.',
  );
