import { describe, expect, it } from 'vitest';
import { caddyfile } from '../../../src/lib/deploy/caddyfile.ts';
import { contentTypeFor, headersFor } from '../../../src/lib/deploy/headerRules.ts';
import { deployPaths } from '../../helpers/deployPaths.ts';

const text = caddyfile();
const snippet = (name: string) => text.match(new RegExp(`^\\(${name}\\) \\{\\n([\\s\\S]*?)\\n\\}$`, 'm'))![1];
const headerSnippet = snippet('thuocdo-headers');

/** A Caddy path pattern: `*` anything, `/x/*` a prefix, `*.csv` a suffix, else the path itself, without case. */
function pathMatches(pattern: string, path: string): boolean {
  const [p, q] = [pattern.toLowerCase(), path.toLowerCase()];
  if (p === '*') return true;
  if (p.endsWith('*')) return q.startsWith(p.slice(0, -1));
  if (p.startsWith('*')) return q.endsWith(p.slice(1));
  return p === q;
}

/** The named matchers of the header snippet, as predicates. */
const matchers = new Map<string, (path: string) => boolean>();
for (const [, name, inline, block] of headerSnippet.matchAll(/^\t@(\S+) (?:(not path .*|path .*)|\{\n([\s\S]*?)\n\t\})$/gm)) {
  const clauses = (inline ?? block)
    .split('\n')
    .map((line) => line.trim())
    .map((line) => {
      const negated = line.startsWith('not ');
      const patterns = line
        .replace(/^not /, '')
        .replace(/^path /, '')
        .split(' ');
      return (path: string) => patterns.some((p) => pathMatches(p, path)) !== negated;
    });
  matchers.set(name, (path) => clauses.every((clause) => clause(path)));
}

/** The header directives of the snippet: the matcher and the headers each sets. */
const directives = [...headerSnippet.matchAll(/^\theader @(\S+) (?:\{\n([\s\S]*?)\n\t\}|(\S+) ("[^"]*"))$/gm)].map(
  ([, matcher, block, name, value]) => ({
    matcher,
    headers: Object.fromEntries(
      block ? [...block.matchAll(/^\t\t(\S+) "([^"]*)"$/gm)].map(([, n, v]) => [n, v]) : [[name, JSON.parse(value) as string]],
    ),
  }),
);

describe('caddyfile()', () => {
  it('matches each path with exactly one header block, which sets the rules’ headers', () => {
    for (const path of deployPaths) {
      const matching = directives.filter((d) => !d.matcher.startsWith('type-') && matchers.get(d.matcher)!(path));
      expect(
        matching.map((d) => d.matcher),
        path,
      ).toHaveLength(1);
      expect(matching[0].headers, path).toEqual(headersFor(path));
    }
  });

  it('sets a UTF-8 content type on every text file, every CSV included', () => {
    for (const path of ['/du-lieu/ho-ngheo.excel.csv', '/bieu-do/lai-chau.svg', '/rss.xml', '/robots.txt', '/nhung.js']) {
      const typed = directives.filter((d) => d.matcher.startsWith('type-') && matchers.get(d.matcher)!(path));
      expect(
        typed.map((d) => d.headers['Content-Type']),
        path,
      ).toEqual([contentTypeFor(path)]);
    }
  });

  it('answers errors with /404.html as HTML without the asked path’s caching, and hides the files for hosts', () => {
    const site = snippet('thuocdo');
    expect(site).toMatch(/^\timport thuocdo-headers$/m);
    expect(site).toMatch(/^\t@deploy path \/_deploy\/\* \/_headers \/vercel\.json\n\terror @deploy 404$/m);
    const errors = site.match(/\thandle_errors \{\n([\s\S]*?)\n\t\}/)![1];
    expect(errors).toContain('header Content-Type "text/html; charset=utf-8"');
    expect(errors).toContain('header -Cache-Control');
    expect(errors).toContain('rewrite @notFound /404.html');
  });
});
