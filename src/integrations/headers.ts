import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/deploy/headersFile.ts';

/** Writes dist/_headers after the build, from what the build produced. */
export function headers(): AstroIntegration {
  return {
    name: 'thuocdo-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const entries = readdirSync(out, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
        writeFileSync(join(out, '_headers'), headersFile(entries));
      },
    },
  };
}
