import type { Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caddyfile } from '../../src/lib/deploy/caddyfile.ts';
import { contentSecurityPolicy, contentTypeFor } from '../../src/lib/deploy/headerRules.ts';
import { headersFile } from '../../src/lib/deploy/headersFile.ts';
import { nginxConf } from '../../src/lib/deploy/nginxConf.ts';
import { vercelJson } from '../../src/lib/deploy/vercelJson.ts';
import { projectRoot } from '../helpers/astro.ts';
import { htmlFiles } from '../helpers/distFiles.ts';
import { serveNginx } from '../helpers/nginxServer.ts';
import { serveStatic, type HeadersHost } from '../helpers/staticServer.ts';

const dist = join(projectRoot, 'dist');

/** The first entry of a built folder that is a page (`<name>/index.html`), or a file ending in `suffix`. */
function first(folder: string, suffix = '/'): string {
  const names = readdirSync(join(dist, folder)).sort();
  const name =
    suffix === '/'
      ? names.find((n) => existsSync(join(dist, folder, n, 'index.html')))
      : names.find((n) => n.endsWith(suffix) && !existsSync(join(dist, folder, n, 'index.html')));
  if (!name) throw new Error(`no ${suffix === '/' ? 'page' : suffix} in dist/${folder}`);
  return `/${folder}/${name}${suffix === '/' ? '/' : ''}`;
}

const html = 'text/html; charset=utf-8';
const chart = first('bieu-do').slice(0, -1);
const dataset = first('du-lieu').slice(0, -1);
const section = first(first('chuyen-muc').slice(1, -1));

interface Case {
  path: string;
  status: 200 | 404;
  type: string;
  /** Who may frame it: only our own pages, or any site (the embeds). */
  framing?: 'self' | 'any';
  wasm?: boolean;
  cors?: boolean;
  cache?: string;
}

/** Every kind of page and file the site serves, and 404s at unknown paths. */
const cases: Case[] = [
  { path: '/', status: 200, type: html },
  { path: first('bai-viet'), status: 200, type: html },
  { path: section, status: 200, type: html },
  { path: first('the'), status: 200, type: html },
  { path: first('tac-gia'), status: 200, type: html },
  { path: '/tinh/', status: 200, type: html },
  { path: first('tinh'), status: 200, type: html },
  { path: '/du-lieu/', status: 200, type: html, cors: true },
  { path: `${dataset}/`, status: 200, type: html, cors: true },
  { path: `${dataset}.csv`, status: 200, type: 'text/csv; charset=utf-8', cors: true },
  { path: `${chart}/`, status: 200, type: html, cors: true },
  { path: `${chart}.png`, status: 200, type: 'image/png', cors: true },
  { path: `${chart}.svg`, status: 200, type: 'image/svg+xml; charset=utf-8', cors: true },
  { path: `${chart}.csv`, status: 200, type: 'text/csv; charset=utf-8', cors: true },
  { path: first('nhung'), status: 200, type: html, framing: 'any' },
  { path: '/nhung.js', status: 200, type: 'text/javascript; charset=utf-8', cors: true, cache: 'public, max-age=3600' },
  { path: first('oembed', '.json'), status: 200, type: 'application/json; charset=utf-8', cors: true },
  { path: '/tim-kiem/', status: 200, type: html, wasm: true },
  { path: '/pagefind/pagefind-worker.js', status: 200, type: 'text/javascript; charset=utf-8', wasm: true },
  { path: '/rss.xml', status: 200, type: 'application/xml; charset=utf-8' },
  { path: '/sitemap-index.xml', status: 200, type: 'application/xml; charset=utf-8' },
  { path: '/sitemap-0.xml', status: 200, type: 'application/xml; charset=utf-8' },
  { path: '/robots.txt', status: 200, type: 'text/plain; charset=utf-8' },
  { path: '/favicon.svg', status: 200, type: 'image/svg+xml; charset=utf-8' },
  {
    path: first('_astro', '.js'),
    status: 200,
    type: 'text/javascript; charset=utf-8',
    cache: 'public, max-age=31536000, immutable',
    // An embed re-sandboxed by a CMS has an opaque origin: its modules load only with CORS.
    cors: true,
  },
  {
    path: first('_astro', '.css'),
    status: 200,
    type: 'text/css; charset=utf-8',
    cache: 'public, max-age=31536000, immutable',
    cors: true,
  },
  { path: '/khong-co/', status: 404, type: html },
  { path: '/bai-viet/khong-co/', status: 404, type: html },
  { path: '/a/b/c/khong-co', status: 404, type: html },
];

async function headersOf(origin: string, path: string): Promise<{ status: number; get: (name: string) => string | null }> {
  const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
  await response.arrayBuffer();
  return { status: response.status, get: (name) => response.headers.get(name) };
}

/** The servers: nginx with the generated include, and `_headers` as each host reads it. */
const servers: { name: string; host?: HeadersHost }[] = [
  { name: 'nginx' },
  { name: '_headers on Cloudflare Pages', host: 'cloudflare' },
  { name: '_headers on Netlify', host: 'netlify' },
];

describe.each(servers)('the site served by $name', ({ host }) => {
  let origin = '';
  let stop: () => Promise<void> = async () => {};
  const responses = new Map<string, { status: number; get: (name: string) => string | null }>();

  beforeAll(async () => {
    if (host) {
      const served: { origin: string; server: Server } = await serveStatic(dist, { host });
      origin = served.origin;
      stop = () => new Promise((resolve) => served.server.close(() => resolve()));
    } else {
      ({ origin, stop } = await serveNginx(dist));
    }
    for (const { path } of cases) responses.set(path, await headersOf(origin, path));
  });

  afterAll(async () => {
    await stop();
  });

  /** The problems of every case, one line each, so that a failure lists them all. */
  function problems(check: (c: Case, get: (name: string) => string | null) => string | undefined): string[] {
    return cases.flatMap((c) => {
      const problem = check(c, responses.get(c.path)!.get);
      return problem ? [`${c.path}: ${problem}`] : [];
    });
  }

  it('answers every kind of page and file with its status and a content type with its charset', () => {
    expect(
      cases.flatMap(({ path, status, type }) => {
        const response = responses.get(path)!;
        const got = `${response.status} ${response.get('content-type')?.toLowerCase().replace(/;\s*/g, '; ')}`;
        return got === `${status} ${type}` ? [] : [`${path}: ${got}, expected ${status} ${type}`];
      }),
    ).toEqual([]);
  });

  it('sends nosniff and the referrer policy with every response, feeds, sitemaps, loader and 404s too', () => {
    expect(
      problems((_, get) => {
        if (get('x-content-type-options') !== 'nosniff') return `X-Content-Type-Options ${get('x-content-type-options')}`;
        if (get('referrer-policy') !== 'strict-origin-when-cross-origin') return `Referrer-Policy ${get('referrer-policy')}`;
      }),
    ).toEqual([]);
  });

  it('sends HSTS for two years with subdomains, not preloaded, with every response', () => {
    expect(
      problems((_, get) => {
        const hsts = get('strict-transport-security');
        if (hsts !== 'max-age=63072000; includeSubDomains') return `Strict-Transport-Security ${hsts}`;
      }),
    ).toEqual([]);
  });

  it('denies camera, microphone, geolocation, payment, USB and topics with every response', () => {
    expect(
      problems((_, get) => {
        const policy = get('permissions-policy') ?? '';
        const missing = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics'].filter(
          (feature) => !policy.split(/,\s*/).includes(`${feature}=()`),
        );
        if (missing.length > 0) return `Permissions-Policy ${JSON.stringify(policy)} allows ${missing.join(', ')}`;
      }),
    ).toEqual([]);
  });

  it('sends one Content Security Policy, no inline script, WebAssembly for the search only', () => {
    expect(
      problems(({ framing = 'self', wasm = false }, get) => {
        const expected = contentSecurityPolicy({ frameAncestors: framing === 'any' ? '*' : "'self'", wasm });
        if (get('content-security-policy') !== expected) return `Content-Security-Policy ${get('content-security-policy')}`;
      }),
    ).toEqual([]);
  });

  it('lets any site frame the embeds and only our own pages frame the rest, 404s at any depth included', () => {
    expect(
      problems(({ framing = 'self' }, get) => {
        const csp = get('content-security-policy') ?? '';
        const xfo = get('x-frame-options');
        if (framing === 'self') {
          if (!csp.endsWith("frame-ancestors 'self'") || xfo !== 'SAMEORIGIN')
            return `framed by: ${csp.split('; ').at(-1)}, XFO ${xfo}`;
        } else {
          if (!csp.endsWith('frame-ancestors *')) return `framed by: ${csp.split('; ').at(-1)}`;
          // Netlify cannot detach the catch-all's X-Frame-Options; browsers ignore it beside
          // frame-ancestors (tests/e2e/embed.test.ts frames the embeds under Netlify's reading).
          if (xfo !== null && !(host === 'netlify' && xfo === 'SAMEORIGIN')) return `X-Frame-Options ${xfo}`;
        }
      }),
    ).toEqual([]);
  });

  it('opens downloads, oEmbed and the loader to other sites, and nothing else', () => {
    expect(
      problems(({ cors = false }, get) => {
        const allow = get('access-control-allow-origin');
        if (allow !== (cors ? '*' : null)) return `Access-Control-Allow-Origin ${allow}`;
      }),
    ).toEqual([]);
  });

  it('caches hashed assets for a year and the loader for an hour, and leaves the rest to the host', () => {
    expect(
      problems(({ cache }, get) => {
        if (get('cache-control') !== (cache ?? null)) return `Cache-Control ${get('cache-control')}`;
      }),
    ).toEqual([]);
  });
});

describe('nginx with the generated include', () => {
  let served: { origin: string; stop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    served = await serveNginx(dist);
  });
  afterAll(async () => {
    await served?.stop();
  });

  it('answers 404 for the files written for hosts, which are not pages', async () => {
    for (const path of ['/_headers', '/vercel.json', '/_deploy/nginx.conf', '/_deploy/Caddyfile']) {
      expect((await headersOf(served!.origin, path)).status, path).toBe(404);
    }
  });
});

describe('dist/ for hosts', () => {
  it('holds the headers of every host, written from the one set of rules', () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(headersFile());
    expect(readFileSync(join(dist, 'vercel.json'), 'utf8')).toBe(vercelJson());
    expect(readFileSync(join(dist, '_deploy/nginx.conf'), 'utf8')).toBe(nginxConf());
    expect(readFileSync(join(dist, '_deploy/Caddyfile'), 'utf8')).toBe(caddyfile());
  });

  it('holds only kinds of file whose content type the rules know, and Pagefind’s worker where they expect it', () => {
    const unknown = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter(
        (entry) => entry.isFile() && !entry.parentPath.includes('_deploy') && !['_headers', 'vercel.json'].includes(entry.name),
      )
      .map((entry) => entry.name)
      .filter((name) => contentTypeFor(`/${name}`) === undefined);
    expect(unknown).toEqual([]);
    expect(existsSync(join(dist, 'pagefind/pagefind-worker.js'))).toBe(true);
  });
});

describe('pages on a host that sends no headers (GitHub Pages)', () => {
  it('carry their Content Security Policy in a meta element, before anything it governs', () => {
    const problems = htmlFiles(dist).flatMap((file) => {
      const text = readFileSync(join(dist, file), 'utf8');
      const path = `/${file.replace(/index\.html$/, '')}`;
      const wasm = path.startsWith('/tim-kiem/');
      const expected = contentSecurityPolicy({ wasm }).replace(/; frame-ancestors [^;]*$/, '');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${expected}">`;
      const at = text.indexOf(meta);
      if (at < 0) return [`${file}: no ${meta}`];
      const before = text.slice(0, at);
      if (/<(script|link|style)\b/.test(before)) return [`${file}: a script or style comes before the policy`];
      return [];
    });
    expect(problems).toEqual([]);
  });
});
