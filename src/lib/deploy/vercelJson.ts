import { contentTypes, headerBlocks, headerRules, narrowerScopes, type HeaderRule, type Scope } from './headerRules.ts';

/**
 * `vercel.json` for a deploy of dist/ on Vercel, from the header rules.
 *
 * Vercel applies every `headers` entry whose `source` matches, a later one replacing a header an
 * earlier one set, and cannot remove one. So each rule's block gets a source that leaves out the
 * narrower scopes (a negative lookahead; the catch-all leaves out all of them): exactly one block
 * matches a path and sets all of its headers, the most specific rule, and the embeds get no
 * X-Frame-Options at all. Sources are path-to-regexp patterns matched against the request path.
 * @example JSON.parse(vercelJson()).headers[0].source // "/((?!_astro/|bieu-do/|…).*)"
 */
export function vercelJson(rules: HeaderRule[] = headerRules, types: Record<string, string> = contentTypes): string {
  const blocks = headerBlocks(rules).map(({ scope, headers }) => ({
    source: source(scope, narrowerScopes(scope, rules)),
    headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
  }));
  const typed = Object.entries(types)
    .filter(([extension, type]) => type.includes('charset=') && extension !== 'html')
    .map(([extension, type]) => ({ source: `/(.*)\\.${extension}`, headers: [{ key: 'Content-Type', value: type }] }));
  return (
    JSON.stringify(
      {
        $schema: 'https://openapi.vercel.sh/vercel.json',
        // Astro builds /x/index.html for every page and links to /x/.
        trailingSlash: true,
        headers: [...blocks, ...typed],
      },
      null,
      2,
    ) + '\n'
  );
}

/** A `source` for the paths a scope covers, less those of the narrower scopes. */
function source(scope: Scope, narrower: Scope[]): string {
  const base = scope === '*' ? '/' : scope;
  const rest = narrower.map((other) => {
    const tail = escape(other.slice(base.length));
    return other.endsWith('/') ? tail : `${tail}$`;
  });
  const any = rest.length > 0 ? `((?!${rest.join('|')}).*)` : '(.*)';
  return scope === '*' || scope.endsWith('/') ? `${base}${any}` : scope;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
