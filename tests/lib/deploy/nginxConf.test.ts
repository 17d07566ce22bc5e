import { describe, expect, it } from 'vitest';
import { contentTypeFor, headersFor } from '../../../src/lib/deploy/headerRules.ts';
import { nginxConf } from '../../../src/lib/deploy/nginxConf.ts';
import { deployPaths } from '../../helpers/deployPaths.ts';

const conf = nginxConf();

interface Location {
  modifier: '=' | '^~';
  path: string;
  body: string;
}

/** The top-level locations of the include: `location <modifier> <path> { body }`, one level deep. */
const locations: Location[] = [...conf.matchAll(/^location (=|\^~) (\S+) \{([^}]*)\}/gm)].map(([, modifier, path, body]) => ({
  modifier: modifier as Location['modifier'],
  path,
  body,
}));

/** The location nginx picks for a path: an exact match, else the longest `^~` prefix (no regex locations). */
function locationFor(path: string): Location {
  return (
    locations.find((l) => l.modifier === '=' && l.path === path) ??
    locations.filter((l) => l.modifier === '^~' && path.startsWith(l.path)).sort((a, b) => b.path.length - a.path.length)[0]
  );
}

/** The headers a location's add_header directives send. */
function added(location: Location): Record<string, string> {
  return Object.fromEntries(
    [...location.body.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(([, name, value]) => [name, value]),
  );
}

describe('nginxConf()', () => {
  it('answers each kind of path from a location that adds exactly the rules’ headers', () => {
    for (const path of deployPaths) expect(added(locationFor(path)), path).toEqual(headersFor(path));
  });

  it('adds headers in locations only, each with `always`, none at the level nginx would drop', () => {
    const outside = conf.replace(/^location [^{]*\{[^}]*\}/gm, '').replace(/^#.*$/gm, '');
    expect(outside).not.toContain('add_header');
    for (const line of conf.split('\n').filter((l) => l.trim().startsWith('add_header'))) expect(line).toMatch(/ always;$/);
  });

  it('answers a 404 with /404.html, served from the catch-all location with the page policy', () => {
    expect(conf).toMatch(/^error_page 404 \/404\.html;$/m);
    expect(added(locationFor('/404.html'))).toEqual(headersFor('/khong-co/'));
  });

  it('serves its own content types, text in UTF-8 (nginx’s mime.types has no CSV)', () => {
    const types = conf.match(/^types \{([^}]*)\}/m)![1];
    const typeOf = (extension: string) => new RegExp(`^ {4}(\\S+) [^;]*\\b${extension}\\b[^;]*;$`, 'm').exec(types)?.[1];
    const charsetTypes = conf.match(/^charset_types ([^;]*);$/m)![1].split(' ');
    expect(conf).toMatch(/^charset utf-8;$/m);
    for (const extension of ['css', 'js', 'json', 'xml', 'csv', 'txt', 'svg']) {
      const type = typeOf(extension)!;
      expect(`${type}; charset=utf-8`, extension).toBe(contentTypeFor(`/x.${extension}`));
      expect(charsetTypes, extension).toContain(type);
    }
    expect(typeOf('html')).toBe('text/html');
    expect(typeOf('png')).toBe('image/png');
  });

  it('keeps the files written for hosts from being served', () => {
    for (const path of ['/_headers', '/vercel.json', '/_deploy/nginx.conf']) {
      expect(locationFor(path).body.trim(), path).toBe('return 404;');
    }
  });

  it('refuses a header value nginx would read as a variable', () => {
    expect(() => nginxConf([{ scope: '*', set: { 'X-Test': 'a$b' } }])).toThrow(
      'nginxConf: header value "a$b" has a quote, backslash or $',
    );
  });
});
