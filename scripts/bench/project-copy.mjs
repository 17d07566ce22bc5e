// Throwaway copies of the project for the benchmarks: the sources, never the published site.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entries = ['src', 'data', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Copies the project's sources to a new temporary folder and returns its path. node_modules is a
 * folder of links to the project's packages rather than one link, so the caches Astro and Vite
 * keep in it by default (node_modules/.astro, node_modules/.vite) belong to the copy: its first
 * build starts cold and its next one finds what the first left. No cache folder is copied.
 */
export function copyProject(root) {
  const copy = mkdtempSync(join(tmpdir(), 'thuocdo-bench-'));
  for (const entry of entries) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
  return copy;
}
