import { describe, expect, it } from 'vitest';
import { contentTypeFor, headerRules, headersFor } from '../../../src/lib/deploy/headerRules.ts';
import { headersFile } from '../../../src/lib/deploy/headersFile.ts';
import { deployPaths } from '../../helpers/deployPaths.ts';
import { applyHeadersFile } from '../../helpers/staticServer.ts';

const file = headersFile();
/** What a host sends for a path: its own Content-Type, then `_headers` as it reads the file. */
const sent = (host: 'cloudflare' | 'netlify', path: string, text = file) => {
  const { 'Content-Type': type, ...headers } = applyHeadersFile(text, host, path, { 'Content-Type': 'host/guess' });
  return { type, headers };
};

describe('headersFile()', () => {
  it('starts with a catch-all, so a 404 at any unknown path gets the policy and framing rule', () => {
    expect(file.split('\n').find((line) => line.startsWith('/'))).toBe('/*');
    expect(sent('cloudflare', '/khong-co/').headers).toEqual(headersFor('/khong-co/'));
    expect(sent('netlify', '/a/b/c/khong-co').headers).toEqual(headersFor('/a/b/c/khong-co'));
  });

  it('makes Cloudflare Pages send exactly the rules’ headers for every kind of path', () => {
    for (const path of deployPaths) expect(sent('cloudflare', path).headers, path).toEqual(headersFor(path));
  });

  it('makes Netlify send the rules’ headers too, but for the X-Frame-Options it cannot detach from the embeds', () => {
    for (const path of deployPaths) {
      // Netlify's /nhung/* is ^/nhung/?(.*)/?$ without case: a 404 at /nhungkhac/ gets the embeds' rule.
      const embed = /^\/nhung/i.test(path) && path !== '/nhung.js';
      const expected = embed ? { ...headersFor('/nhung/'), 'X-Frame-Options': 'SAMEORIGIN' } : headersFor(path);
      expect(sent('netlify', path).headers, path).toEqual(expected);
    }
    // Netlify's /nhung/* also matches /nhung.js: its own rule comes later and restates the policy.
    expect(sent('netlify', '/nhung.js').headers['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
  });

  it('detaches the catch-all policy before the embeds set theirs: Cloudflare would send both, joined', () => {
    expect(file).toMatch(
      /^\/nhung\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: .*frame-ancestors \*\n {2}! X-Frame-Options$/m,
    );
    const withoutDetach = file.replace(/^ {2}! .*\n/gm, '');
    expect(sent('cloudflare', '/nhung/lai-chau/', withoutDetach).headers['Content-Security-Policy']).toMatch(
      /frame-ancestors 'self', default-src .*frame-ancestors \*$/,
    );
  });

  it('gives every text file its UTF-8 content type on both hosts, every CSV included', () => {
    for (const host of ['cloudflare', 'netlify'] as const) {
      for (const path of [
        '/du-lieu/ho-ngheo.csv',
        '/du-lieu/ho-ngheo.excel.csv',
        '/bieu-do/lai-chau.svg',
        '/rss.xml',
        '/robots.txt',
        '/nhung.js',
      ]) {
        expect(sent(host, path).type, `${host} ${path}`).toBe(contentTypeFor(path));
      }
      expect(sent(host, '/bieu-do/lai-chau.png').type).toBe('host/guess');
    }
  });

  it('stays within Cloudflare’s limits: 100 rules, 2,000 characters a line', () => {
    expect(file.split('\n').filter((line) => line.startsWith('/')).length).toBeLessThanOrEqual(100);
    for (const line of file.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
    expect(headerRules.length).toBeGreaterThan(1);
  });
});
