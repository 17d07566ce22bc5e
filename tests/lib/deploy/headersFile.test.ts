import { describe, expect, it } from 'vitest';
import { headersFile } from '../../../src/lib/deploy/headersFile.ts';

describe('headersFile(entries)', () => {
  const file = headersFile(['index.html', '404.html', 'bieu-do/', 'nhung/', 'nhung.js', '_astro/', 'oembed/']);
  const rule = (path: string) =>
    file.split('\n\n').find((block) => block.split('\n')[0] === path || block.split('\n')[1] === path) ?? '';

  it('lets any site frame the embed pages, and only our own pages frame the others', () => {
    expect(rule('/nhung/*')).toContain('frame-ancestors *');
    expect(rule('/nhung/*')).not.toContain('X-Frame-Options');
    for (const path of ['/', '/bieu-do/*', '/index.html', '/404.html', '/oembed/*']) {
      expect(rule(path), path).toContain("frame-ancestors 'self'");
      expect(rule(path), path).toContain('X-Frame-Options: SAMEORIGIN');
    }
  });

  it('has no catch-all rule, which hosts would also apply to the embeds', () => {
    expect(file).not.toMatch(/^\/\*$/m);
  });

  it('allows no inline script, caches hashed assets forever and opens downloads to other sites', () => {
    expect(file).not.toContain('unsafe-inline');
    expect(rule('/_astro/*')).toContain('immutable');
    expect(rule('/bieu-do/*')).toContain('Access-Control-Allow-Origin: *');
    expect(rule('/nhung.js')).toContain('Access-Control-Allow-Origin: *');
  });
});
