/**
 * The response headers of the site, for every host: one ordered list of rules, from the broadest
 * (every path, 404s included) to the most specific, where a later rule replaces or removes what an
 * earlier one set. `headersFor(path)` is what every response for `path` must carry; the host
 * formats (`_headers`, nginx, Caddy, Vercel) are written from these rules and tested against it.
 *
 * What the rules say:
 * - every response: `nosniff`, a referrer policy, HSTS, a Permissions-Policy denying what the
 *   site never uses, and the page's Content Security Policy (no 'unsafe-inline', scripts from our
 *   own origin only) with framing by our own pages only (`frame-ancestors 'self'` and
 *   `X-Frame-Options: SAMEORIGIN`). A catch-all, so a 404 at any unknown path is covered too;
 * - `/nhung/` (embed pages): any site may frame them, so `frame-ancestors *` and no X-Frame-Options;
 * - `/tim-kiem/` and Pagefind's worker: `'wasm-unsafe-eval'`, which Pagefind's WebAssembly needs
 *   and nothing else does (a dedicated worker is governed by its own response's policy);
 * - downloads, oEmbed and the loader may be fetched by any site (CORS);
 * - `/_astro/` files are named by their hash: cached for a year, immutable; `/nhung.js` is not.
 */

/**
 * Where a rule applies: `'*'` every path; a folder (`'/nhung/'`, ends with `/`) every path
 * under it; a file (`'/nhung.js'`) that path only.
 */
export type Scope = '*' | `/${string}`;

export interface HeaderRule {
  scope: Scope;
  /** Headers these paths send, replacing the value a broader rule set. */
  set: Record<string, string>;
  /** Headers a broader rule set that these paths must not send. */
  remove?: string[];
}

/**
 * How long browsers keep to HTTPS: two years, subdomains included (the site is served over HTTPS
 * only). No `preload`: joining the browsers' preload list binds every subdomain for good and is
 * slow to undo, so the publisher decides it, not the build.
 */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

/**
 * Powerful features the site never uses, denied to it and to anything it frames. Each is a
 * feature Chromium knows (an unknown name is reported as an error in the console): FLoC's
 * `interest-cohort` is gone, `browsing-topics` is its successor. The clipboard stays allowed
 * (the copy buttons write to it).
 */
export const permissionsPolicy = [
  'accelerometer',

  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * The Content Security Policy: everything from our own origin, no inline script or style.
 * @example contentSecurityPolicy({ frameAncestors: '*' }) // the embed pages' policy
 */
export function contentSecurityPolicy({ frameAncestors = "'self'", wasm = false } = {}): string {
  return [
    "default-src 'self'",
    wasm ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

const openToAll = { 'Access-Control-Allow-Origin': '*' };
const searchPolicy = { 'Content-Security-Policy': contentSecurityPolicy({ wasm: true }) };

/** The rules, broadest first; a folder holds no other folder rule, so "most specific" is clear. */
export const headerRules: HeaderRule[] = [
  {
    scope: '*',
    set: {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Strict-Transport-Security': strictTransportSecurity,
      'Permissions-Policy': permissionsPolicy,
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Frame-Options': 'SAMEORIGIN',
    },
  },
  // Open to all: an embed that a CMS re-sandboxes without allow-same-origin (WordPress) has an
  // opaque origin, and its module scripts load from here only with CORS.
  { scope: '/_astro/', set: { 'Cache-Control': 'public, max-age=31536000, immutable', ...openToAll } },
  { scope: '/bieu-do/', set: openToAll },
  { scope: '/du-lieu/', set: openToAll },
  { scope: '/oembed/', set: openToAll },
  {
    scope: '/nhung/',
    set: { 'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: '*' }) },
    remove: ['X-Frame-Options'],
  },
  { scope: '/tim-kiem/', set: searchPolicy },
  { scope: '/nhung.js', set: { ...openToAll, 'Cache-Control': 'public, max-age=3600' } },
  { scope: '/pagefind/pagefind-worker.js', set: searchPolicy },
];

/** Does a scope cover a path? Paths are matched as they are, case and all. */
export function scopeCovers(scope: Scope, path: string): boolean {
  if (scope === '*') return true;
  return scope.endsWith('/') ? path.startsWith(scope) : path === scope;
}

/** 0 for `'*'`, 1 for a folder, 2 for a file: a rule of a higher rank overrides a lower one. */
export function scopeRank(scope: Scope): number {
  if (scope === '*') return 0;
  return scope.endsWith('/') ? 1 : 2;
}

/**
 * The headers every response for `path` carries, 404s included: every rule that covers the path,
 * broadest first, each replacing or removing what the ones before it set.
 * @example headersFor('/nhung/lai-chau-ha-tang-2024/')['Content-Security-Policy'] // "…; frame-ancestors *"
 */
export function headersFor(path: string, rules: HeaderRule[] = headerRules): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => scopeCovers(r.scope, path))) {
    for (const name of rule.remove ?? []) delete headers[name];
    Object.assign(headers, rule.set);
  }
  return headers;
}

/**
 * The Content Security Policy of a page as a `<meta http-equiv>` element can carry it, for hosts
 * that send no headers (GitHub Pages): without `frame-ancestors`, which browsers ignore there
 * (and report), so framing cannot be restricted without a header.
 * @example metaContentSecurityPolicy('/tim-kiem/') // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …"
 */
export function metaContentSecurityPolicy(path: string, rules: HeaderRule[] = headerRules): string {
  const policy = headersFor(path, rules)['Content-Security-Policy'] ?? '';
  return policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}

/**
 * Each scope with the complete headers of the paths it is the most specific scope for: what a
 * host where the most specific block wins (an nginx `location`, a Caddy matcher, a CloudFront
 * behaviour) must set in that block, all of it, since such a block replaces the broader one.
 */
export function headerBlocks(rules: HeaderRule[] = headerRules): { scope: Scope; headers: Record<string, string> }[] {
  return rules.map(({ scope }) => ({ scope, headers: headersFor(scope === '*' ? '' : scope, rules) }));
}

/** The scopes more specific than `scope` inside it: the paths its block must leave to theirs. */
export function narrowerScopes(scope: Scope, rules: HeaderRule[] = headerRules): Scope[] {
  return rules.map((r) => r.scope).filter((other) => scopeRank(other) > scopeRank(scope) && scopeCovers(scope, other));
}

/**
 * The Content-Type of each kind of file the build writes, by extension, text in UTF-8 (the data
 * is Vietnamese). A page (`/x/`) is `index.html`. Hosts guess types themselves and not always
 * with a charset (nginx's own table has none for CSV), so every format states these.
 */
export const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  // Pagefind's index, fragments and WebAssembly: bytes its own script reads.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
};

/** The extension of a path's file (`csv` for `/du-lieu/x.excel.csv`), `html` for a page `/x/`. */
export function extensionOf(path: string): string {
  const file = path.endsWith('/') ? 'index.html' : path.slice(path.lastIndexOf('/') + 1);
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(dot + 1).toLowerCase() : '';
}

/**
 * The Content-Type of a path, or undefined for an extension the build never writes.
 * @example contentTypeFor('/du-lieu/ho-ngheo.csv') // 'text/csv; charset=utf-8'
 */
export function contentTypeFor(path: string): string | undefined {
  return contentTypes[extensionOf(path)];
}
