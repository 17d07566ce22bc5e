import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/deploy/headersFile.ts';
import { nginxConf } from '../lib/deploy/nginxConf.ts';

/**
 * Writes the site's response headers for each kind of host after the build, all from
 * src/lib/deploy/headerRules.ts: `_headers` (Netlify, Cloudflare Pages) at the top of dist/,
 * where those hosts read it; the nginx include in dist/_deploy/, which it answers with 404.
 */
export function headers(): AstroIntegration {
  return {
    name: 'thuocdo-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_headers'), headersFile());
        mkdirSync(join(out, '_deploy'), { recursive: true });
        writeFileSync(join(out, '_deploy', 'nginx.conf'), nginxConf());
      },
    },
  };
}
