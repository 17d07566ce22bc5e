import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/deploy/headersFile.ts';

/** Writes dist/_headers (Netlify, Cloudflare Pages) after the build, from src/lib/deploy/headerRules.ts. */
export function headers(): AstroIntegration {
  return {
    name: 'thuocdo-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
      },
    },
  };
}
