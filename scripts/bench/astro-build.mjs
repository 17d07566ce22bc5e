// One `astro build` of a project copy, measured: wall time, peak memory, what it wrote.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { runMeasured } from './process-tree.mjs';

/**
 * The last `count` lines of `text`.
 *
 * @example tail('a\nb\nc\n', 2) // 'b\nc'
 */
export function tail(text, count) {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/**
 * How many pages a build log shows rendered and how many reused from the incremental cache.
 * Astro logs each page (and each other file a route writes: .png, .csv, .json) as
 * `├─ /path/index.html`, then its render time, or `(cached)` when the file was still in dist/,
 * or `(restored)` when it came back from the cache; colours are stripped first. Pages are
 * counted by their `├─ /`, so lines interleaved by concurrent rendering still count once each.
 *
 * @example buildPageCounts('  ├─ /a/index.html (+4ms)\n  ├─ /b/index.html (cached)\n') // { rendered: 1, reused: 1 }
 */
export function buildPageCounts(log) {
  const text = stripVTControlCharacters(log);
  const pages = (text.match(/├─ \//g) ?? []).length;
  const reused = (text.match(/\((?:cached|restored)\)/g) ?? []).length;
  return { rendered: pages - reused, reused };
}

/** Bytes and number of files under `dir`, and how many of them are HTML pages. */
export function outputSize(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return {
    bytes: files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0),
    files: files.length,
    pages: files.filter((entry) => entry.name.endsWith('.html')).length,
  };
}

/**
 * The flags `npm run build` gives node (its JavaScript heap budget), from the project's
 * package.json, so that the bench measures the build as it is run.
 *
 * @example buildNodeFlags(dir) // ['--max-old-space-size=1024']
 */
export function buildNodeFlags(dir) {
  const script = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.build;
  return /^node\s/.test(script) ? script.split(/\s+/).filter((word) => word.startsWith('--')) : [];
}

/**
 * Builds the project in `dir` with its own Astro as `npm run build` does (`buildNodeFlags`),
 * telemetry off, and measures it (see runMeasured). A failed build throws with the end of its error output.
 */
export async function astroBuild(dir) {
  const result = await runMeasured(
    process.execPath,
    [...buildNodeFlags(dir), join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  if (result.status !== 0) {
    const output = stripVTControlCharacters(result.stderr.trim() || result.stdout);
    throw new Error(`astro build failed in ${dir} (exit ${result.status}):\n${tail(output, 40)}`);
  }
  return { ...result, pages: buildPageCounts(result.stdout) };
}
