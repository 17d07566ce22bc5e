/**
 * The messages an embed page sends its host about its height: our own, pym.js's and AMP's,
 * so hosts that already load pym.js or use amp-iframe resize it too. Embeds are a public API:
 * these formats never change once published.
 */

/** Our message: `{ type: 'thuocdo:height', chart, height }`. */
export interface HeightMessage {
  type: typeof HEIGHT_TYPE;
  chart: string;
  height: number;
}

export const HEIGHT_TYPE = 'thuocdo:height';

/** Heights outside this range are refused: no embed is that tall, and nothing is negative. */
const MAX_HEIGHT = 20_000;

export function heightMessage(chart: string, height: number): HeightMessage {
  return { type: HEIGHT_TYPE, chart, height: Math.ceil(height) };
}

/** pym.js's child-to-parent message: `pymxPYMx<childId>xPYMxheightxPYMx<pixels>`. */
export function pymHeightMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${Math.ceil(height)}`;
}

/** amp-iframe's resize request. */
export function ampHeightMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) };
}

/**
 * The height carried by one of our messages, or null when the data is not exactly that shape:
 * an object of our type, for the expected chart, with a finite height in range. Callers must
 * also check the message's origin and source.
 *
 * @example readHeightMessage({ type: 'thuocdo:height', chart: 'a', height: 420 }, 'a') // 420
 */
export function readHeightMessage(data: unknown, chart: string): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Partial<Record<keyof HeightMessage, unknown>>;
  if (message.type !== HEIGHT_TYPE || message.chart !== chart) return null;
  const height = message.height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return null;
  return height;
}

/**
 * The host's request that an embed report its height again: `{ type: 'thuocdo:height-request' }`.
 * The loader sends it to an iframe it adopts (oEmbed's HTML), whose first report may have come
 * before the loader listened. It carries nothing but its type.
 */
export const HEIGHT_REQUEST_TYPE = 'thuocdo:height-request';

export const heightRequest = () => ({ type: HEIGHT_REQUEST_TYPE });

/** Whether the data is exactly our height request. */
export function isHeightRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEIGHT_REQUEST_TYPE;
}

/**
 * The `sandbox` of every embed iframe, made by the loader or given by oEmbed: the embed runs its
 * scripts and loads its modules from its own origin (`allow-same-origin` also keeps that origin,
 * so the host can check where height messages come from), and its link back to the chart page
 * opens a new tab that is not sandboxed. Nothing else: no top navigation, forms, downloads,
 * modals or pointer lock.
 *
 * `allow-scripts` with `allow-same-origin` is safe only because the embed's origin differs from
 * the host's: a same-origin frame could reach into its parent and remove its own sandbox.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The chart id in an embed URL `<origin>/nhung/<id>/`, or null. */
export function chartIdOfEmbedUrl(url: URL): string | null {
  const match = /^\/nhung\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(url.pathname);
  return match ? match[1] : null;
}
