/**
 * `/nhung.js`: turns every `<div data-thuocdo-chart="<id>">` of a host page into an iframe of
 * our embed page, and resizes each iframe from its own height messages only: the message must
 * come from our origin and from that very iframe.
 */
import { readHeightMessage } from '../lib/embed/protocol.ts';
import { embedPath } from '../lib/urls.ts';

interface Embed {
  chart: string;
  frame: HTMLIFrameElement;
}

const script = document.currentScript as HTMLScriptElement | null;
const origin = new URL(script?.src ?? window.location.href).origin;
const registry = ((window as unknown as { __thuocdo?: { embeds: Embed[] } }).__thuocdo ??= { embeds: [] });

function mount(host: HTMLElement): void {
  const chart = host.dataset.thuocdoChart;
  if (!chart || host.dataset.thuocdoMounted) return;
  host.dataset.thuocdoMounted = 'true';
  const title = host.dataset.title || `Biểu đồ Thước Đo: ${chart}`;
  const frame = document.createElement('iframe');
  const theme = host.dataset.theme;
  frame.src = `${origin}${embedPath(encodeURIComponent(chart))}${theme ? `?theme=${encodeURIComponent(theme)}` : ''}`;
  frame.title = title;
  frame.setAttribute('aria-label', title);
  frame.loading = 'lazy';
  frame.style.cssText = 'display:block;width:100%;border:0;height:480px';
  host.append(frame);
  registry.embeds.push({ chart, frame });
}

function onMessage(event: MessageEvent): void {
  if (event.origin !== origin) return;
  const embed = registry.embeds.find(({ frame }) => frame.contentWindow === event.source);
  if (!embed) return;
  const height = readHeightMessage(event.data, embed.chart);
  if (height !== null) embed.frame.style.height = `${height}px`;
}

// The script may be pasted once per embed: listen once.
if (!(registry as { listening?: boolean }).listening) {
  (registry as { listening?: boolean }).listening = true;
  window.addEventListener('message', onMessage);
}
document.querySelectorAll<HTMLElement>('[data-thuocdo-chart]').forEach(mount);
