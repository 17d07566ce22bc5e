import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/**
 * The content types a host guesses by itself: HTML with a charset (Netlify and Cloudflare Pages
 * both send one), the rest without, so that a charset in a response comes from `_headers`.
 */
const hostTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Which host's reading of `_headers` to apply. */
export type HeadersHost = 'cloudflare' | 'netlify';

interface HeaderRule {
  pattern: string;
  set: [string, string][];
  unset: string[];
}

/**
 * The rules of a `_headers` file as `host` parses them. Cloudflare Pages: `! Name` detaches a
 * header. Netlify (`@netlify/headers-parser` `line_parser.ts`): a line without a colon is skipped,
 * a header named twice in one rule is joined with a comma.
 */
function parseHeadersFile(text: string, host: HeadersHost): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      rules.push({ pattern: line, set: [], unset: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: a header before any path: ${line}`);
    if (host === 'cloudflare' && line.startsWith('!')) {
      rule.unset.push(line.slice(1).trim());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0) {
      if (host === 'netlify') continue;
      throw new Error(`_headers: not a header: ${line}`);
    }
    const [name, value] = [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    const same = rule.set.find(([n]) => n.toLowerCase() === name.toLowerCase());
    if (same) same[1] = `${same[1]}, ${value}`;
    else rule.set.push([name, value]);
  }
  return rules;
}

const escapeRegExp = (text: string) => text.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');

/**
 * A rule's path as a regular expression. Cloudflare Pages (`rulesEngine.ts`): `*` matches
 * anything, `:name` one segment, case matters. Netlify (`for_regexp.ts`): `/x/*` is
 * `^/x/?(.*)/?$` and case does not matter, so `/nhung/*` also matches `/nhung.js`.
 */
function patternRegExp(pattern: string, host: HeadersHost): RegExp {
  if (host === 'cloudflare') {
    const source = pattern
      .split('*')
      .map(escapeRegExp)
      .join('(.*)')
      .replace(/:([A-Za-z]\w*)/g, '([^/]+)');
    return new RegExp(`^${source}$`);
  }
  const parts = pattern
    .split('/')
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '([^/]+)';
      if (part === '*') return '?(.*)';
      if (part.includes('*')) return part.replaceAll('*', '(.*)');
      // As escape-string-regexp does: `-` as \x2d, which a `u` expression accepts.
      return part.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&').replaceAll('-', '\\x2d');
    });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

/**
 * The headers `host` sends for `pathname` over the `defaults` it sets itself. Cloudflare Pages
 * (`asset-server/handler.ts`): matching rules in file order, each detaching then setting; a
 * header set again by a later rule is joined to the first with a comma. Netlify (`@netlify/headers`
 * `headersForPath`): the later matching rule's value replaces the earlier one's.
 */
export function applyHeadersFile(
  text: string,
  host: HeadersHost,
  pathname: string,
  defaults: Record<string, string> = {},
): Record<string, string> {
  const headers = new Map(Object.entries(defaults).map(([name, value]) => [name.toLowerCase(), { name, value }]));
  const matching = parseHeadersFile(text, host).filter((rule) => patternRegExp(rule.pattern, host).test(pathname));
  const fromFile = new Set<string>();
  for (const rule of matching) {
    for (const name of rule.unset) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const before = headers.get(key);
      if (host === 'cloudflare' && before && fromFile.has(key)) headers.set(key, { name, value: `${before.value}, ${value}` });
      else headers.set(key, { name, value });
      fromFile.add(key);
    }
  }
  return Object.fromEntries([...headers.values()].map(({ name, value }) => [name, value]));
}

/**
 * Serves a folder on 127.0.0.1 as a static host would (`/x/` → `/x/index.html`, /404.html for
 * anything else), applying its `_headers` file as `host` does (Cloudflare Pages by default),
 * and not serving that file itself; resolves to its origin.
 */
export async function serveStatic(
  dir: string,
  { host = 'cloudflare' }: { host?: HeadersHost } = {},
): Promise<{ origin: string; server: Server }> {
  const headersPath = join(dir, '_headers');
  const headersText = existsSync(headersPath) ? readFileSync(headersPath, 'utf8') : '';
  const server = createServer((request, response) => {
    try {
      serve(request.url ?? '/', response);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  function serve(url: string, response: ServerResponse) {
    const rawPath = new URL(url, 'http://x').pathname;
    const pathname = decodeURIComponent(rawPath);
    let path = normalize(join(dir, pathname));
    if (!path.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    const found = existsSync(path) && path !== headersPath;
    const file = found ? path : join(dir, '404.html');
    const type = hostTypes[extname(file)] ?? 'application/octet-stream';
    const headers = applyHeadersFile(headersText, host, rawPath, { 'Content-Type': type });
    response.writeHead(found ? 200 : 404, headers);
    if (existsSync(file)) createReadStream(file).pipe(response);
    else response.end('not found');
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
