/**
 * Runs in the embed page: follows the host's theme (`?theme=light|dark|auto`) and reports the
 * page's full height to the host whenever it changes, in our format, pym.js's and AMP's, and
 * again when the host's loader asks (it may have started listening after the first report).
 */
import { ampHeightMessage, chartIdOfEmbedUrl, heightMessage, isHeightRequest, pymHeightMessage } from '../lib/embed/protocol.ts';

const url = new URL(window.location.href);
const theme = url.searchParams.get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

const chart = chartIdOfEmbedUrl(url);
// pym.js's parent names its child in the iframe URL.
const pymId = url.searchParams.get('childId');

/** The whole document, margins included: what the iframe must show without scrolling. */
function documentHeight(): number {
  const body = document.body;
  const style = getComputedStyle(body);
  return Math.ceil(body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
}

let last = -1;
function report(): void {
  const height = documentHeight();
  // A hidden iframe measures 0; report again once it is shown.
  if (height === last || height === 0 || window.parent === window || !chart) return;
  last = height;
  window.parent.postMessage(heightMessage(chart, height), '*');
  if (pymId) window.parent.postMessage(pymHeightMessage(pymId, height), '*');
  window.parent.postMessage(ampHeightMessage(height), '*');
}

new ResizeObserver(report).observe(document.body);
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !isHeightRequest(event.data)) return;
  last = -1;
  report();
});
window.addEventListener('load', report);
report();
