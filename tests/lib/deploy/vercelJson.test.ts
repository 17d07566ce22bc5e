import { describe, expect, it } from 'vitest';
import { contentTypeFor, headersFor } from '../../../src/lib/deploy/headerRules.ts';
import { vercelJson } from '../../../src/lib/deploy/vercelJson.ts';
import { deployPaths } from '../../helpers/deployPaths.ts';

interface Entry {
  source: string;
  headers: { key: string; value: string }[];
}
const config = JSON.parse(vercelJson()) as { trailingSlash: boolean; headers: Entry[] };

/**
 * A `source` as path-to-regexp 6 (Vercel's) reads the ones we write: text outside parentheses is
 * literal, a parenthesised group is a regular expression, an optional trailing slash is allowed,
 * and case does not matter.
 */
function sourceRegExp(source: string): RegExp {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (source[i] === '(') {
      let depth = 0;
      let j = i;
      for (; j < source.length; j++) {
        if (source[j] === '\\') j++;
        else if (source[j] === '(') depth++;
        else if (source[j] === ')' && --depth === 0) break;
      }
      out += source.slice(i, j + 1);
      i = j;
    } else out += source[i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${out}[/#?]?$`, 'i');
}

const matching = (path: string) => config.headers.filter((entry) => sourceRegExp(entry.source).test(path));

describe('vercelJson()', () => {
  it('matches each path with exactly one header block, which sets the rules’ headers and nothing more', () => {
    for (const path of deployPaths) {
      const blocks = matching(path).filter((e) => e.headers.every((h) => h.key !== 'Content-Type'));
      expect(
        blocks.map((e) => e.source),
        path,
      ).toHaveLength(1);
      expect(Object.fromEntries(blocks[0].headers.map((h) => [h.key, h.value])), path).toEqual(headersFor(path));
    }
  });

  it('leaves X-Frame-Options off the embeds, which Vercel could not remove once a broader block set it', () => {
    const embed = matching('/nhung/lai-chau/').flatMap((e) => e.headers.map((h) => h.key));
    expect(embed).not.toContain('X-Frame-Options');
    expect(embed).toContain('Content-Security-Policy');
  });

  it('sets a UTF-8 content type on every text file, every CSV included, and keeps the trailing slash', () => {
    for (const path of ['/du-lieu/ho-ngheo.excel.csv', '/bieu-do/lai-chau.svg', '/rss.xml', '/robots.txt', '/nhung.js']) {
      const types = matching(path).flatMap((e) => e.headers.filter((h) => h.key === 'Content-Type').map((h) => h.value));
      expect(types, path).toEqual([contentTypeFor(path)]);
    }
    expect(config.trailingSlash).toBe(true);
  });
});
