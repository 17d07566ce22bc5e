import { buildSync } from 'esbuild';
import { resolve } from 'node:path';

/**
 * The embed loader, bundled and minified for `/nhung.js`, a stable URL host pages load.
 * `root` is the project root (Astro runs from it; once bundled, this module's own URL
 * points into dist/).
 */
export function bundleLoader(root = process.cwd()): string {
  const result = buildSync({
    entryPoints: [resolve(root, 'src/scripts/embedLoader.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0].text;
}
