import { describe, expect, it } from 'vitest';
import {
  contentTypeFor,
  contentTypes,
  headerBlocks,
  headerRules,
  headersFor,
  metaContentSecurityPolicy,
  narrowerScopes,
  scopeCovers,
  scopeRank,
} from '../../../src/lib/deploy/headerRules.ts';
import { deployPaths } from '../../helpers/deployPaths.ts';

const csp = (path: string) => headersFor(path)['Content-Security-Policy'];

describe('headersFor(path)', () => {
  it('sends nosniff, the referrer policy, HSTS and the Permissions-Policy for every path, unknown ones too', () => {
    for (const path of deployPaths) {
      const headers = headersFor(path);
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
      expect(headers['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['Strict-Transport-Security'], path).toBe('max-age=63072000; includeSubDomains');
      expect(headers['Permissions-Policy'], path).toMatch(/(^|, )camera=\(\)(, |$)/);
    }
  });

  it('keeps HSTS off the preload list and denies the powerful features the site never uses', () => {
    expect(headersFor('/')['Strict-Transport-Security']).not.toContain('preload');
    const denied = headersFor('/')['Permissions-Policy'].split(', ');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
      expect(denied).toContain(`${feature}=()`);
    }
    expect(denied.join()).not.toContain('clipboard');
  });

  it('lets any site frame the embed pages, and only our own pages frame every other path', () => {
    expect(csp('/nhung/lai-chau/')).toMatch(/; frame-ancestors \*$/);
    expect(headersFor('/nhung/lai-chau/')).not.toHaveProperty('X-Frame-Options');
    for (const path of deployPaths.filter((p) => !p.startsWith('/nhung/'))) {
      expect(csp(path), path).toMatch(/; frame-ancestors 'self'$/);
      expect(headersFor(path)['X-Frame-Options'], path).toBe('SAMEORIGIN');
    }
  });

  it("allows scripts from our origin only, and 'wasm-unsafe-eval' to the search and Pagefind's worker alone", () => {
    const wasm = ['/tim-kiem/', '/pagefind/pagefind-worker.js'];
    for (const path of deployPaths) {
      expect(csp(path), path).not.toContain('unsafe-inline');
      expect(csp(path), path).toContain(wasm.includes(path) ? "script-src 'self' 'wasm-unsafe-eval';" : "script-src 'self';");
    }
  });

  it('opens downloads, oEmbed and the loader to other sites, and caches hashed assets for good', () => {
    for (const path of ['/bieu-do/lai-chau.png', '/du-lieu/ho-ngheo.excel.csv', '/oembed/lai-chau.json', '/nhung.js']) {
      expect(headersFor(path)['Access-Control-Allow-Origin'], path).toBe('*');
    }
    expect(headersFor('/nhung/lai-chau/')).not.toHaveProperty('Access-Control-Allow-Origin');
    expect(headersFor('/_astro/enhanceChart.DLWhdQMz.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/nhung.js')['Cache-Control']).toBe('public, max-age=3600');
    expect(headersFor('/nhung.js')['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(headersFor('/')).not.toHaveProperty('Cache-Control');
  });
});

describe('headerRules', () => {
  it('go from the broadest scope to the most specific, with no folder inside another', () => {
    const ranks = headerRules.map((r) => scopeRank(r.scope));
    expect(ranks).toEqual([...ranks].sort());
    expect(headerRules[0].scope).toBe('*');
    const folders = headerRules.map((r) => r.scope).filter((s) => scopeRank(s) === 1);
    for (const a of folders) for (const b of folders) if (a !== b) expect(scopeCovers(a, b), `${a} ${b}`).toBe(false);
  });

  it('headerBlocks() give each scope the headers of the paths it is the most specific for', () => {
    const blocks = headerBlocks();
    for (const path of deployPaths) {
      const block = blocks.filter((b) => scopeCovers(b.scope, path)).at(-1)!;
      expect(block.headers, path).toEqual(headersFor(path));
      expect(
        narrowerScopes(block.scope).some((s) => scopeCovers(s, path)),
        path,
      ).toBe(false);
    }
  });
});

describe('metaContentSecurityPolicy(path)', () => {
  it('is the header policy without frame-ancestors, which a meta element cannot carry', () => {
    expect(metaContentSecurityPolicy('/tim-kiem/')).toBe(csp('/tim-kiem/').replace("; frame-ancestors 'self'", ''));
    expect(metaContentSecurityPolicy('/nhung/lai-chau/')).not.toContain('frame-ancestors');
  });
});

describe('contentTypeFor(path)', () => {
  it('states UTF-8 for every text format, CSV and SVG included', () => {
    expect(contentTypeFor('/du-lieu/ho-ngheo.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeFor('/du-lieu/ho-ngheo.excel.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeFor('/bai-viet/giam-ngheo/')).toBe('text/html; charset=utf-8');
    for (const extension of ['html', 'css', 'js', 'json', 'xml', 'csv', 'txt', 'svg']) {
      expect(contentTypes[extension], extension).toMatch(/; charset=utf-8$/);
    }
    expect(contentTypeFor('/bieu-do/lai-chau.png')).toBe('image/png');
    expect(contentTypeFor('/khong-co.exe')).toBeUndefined();
  });
});
