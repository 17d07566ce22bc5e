import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caddyfile } from '../lib/deploy/caddyfile.ts';
import { headersFile } from '../lib/deploy/headersFile.ts';
import { nginxConf } from '../lib/deploy/nginxConf.ts';
import { vercelJson } from '../lib/deploy/vercelJson.ts';

/**
 * Writes the site's response headers for each kind of host after the build, all from
 * src/lib/deploy/headerRules.ts: `_headers` (Netlify, Cloudflare Pages) and `vercel.json` where
 * those hosts read them, at the top of dist/; the nginx include and the Caddyfile in
 * dist/_deploy/, which both configurations answer with 404.
 */
export function headers(): AstroIntegration {
  return {
    name: 'thuocdo-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_headers'), headersFile());
        writeFileSync(join(out, 'vercel.json'), vercelJson());
        mkdirSync(join(out, '_deploy'), { recursive: true });
        writeFileSync(join(out, '_deploy', 'nginx.conf'), nginxConf());
        writeFileSync(join(out, '_deploy', 'Caddyfile'), caddyfile());
      },
    },
  };
}
