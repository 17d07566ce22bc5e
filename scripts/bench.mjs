#!/usr/bin/env node
// Benchmark: build time and page weights, measured on throwaway copies of the project (never
// on the published site). Run with `npm run bench [-- --charts 70]`.
//
// - JavaScript per page, gzip: every script the page loads, plus every chunk those can import
//   (the chart module loads when a chart nears the viewport: counted, as a reader scrolling
//   through the whole page would load it).
// - Build time with the published charts and stories, then with N synthetic copies of the
//   charts, then with M synthetic copies of the stories (dated in the past, drafts excluded),
//   so the cost of one more chart or story can be read off. Builds must grow linearly.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const option = (name, fallback) =>
  process.argv.includes(`--${name}`) ? Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) : fallback;
const extraCharts = option('charts', 70);
const extraStories = option('stories', 500);

function copyProject() {
  const copy = mkdtempSync(join(tmpdir(), 'thuocdo-bench-'));
  for (const entry of ['src', 'data', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

function build(dir) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(result.stderr || result.stdout);
  return (performance.now() - started) / 1000;
}

const gzip = (path) => gzipSync(readFileSync(path)).length;

/** Every JS file a page can load: its module scripts and preloads, then their imports, transitively. */
function pageScripts(dist, htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) =>
    join(dist, m[1] ?? m[2]),
  );
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'`]([^"'`]+\.js)["'`]/g)) {
      queue.push(m[1].startsWith('/') ? join(dist, m[1]) : join(dirname(file), m[1]));
    }
  }
  return [...seen];
}

function pages(dist) {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// 1. The site as it is.
const base = copyProject();
const baseSeconds = build(base);
const dist = join(base, 'dist');
const chartSpecs = readdirSync(join(base, 'src/content/charts')).filter((f) => f.endsWith('.yaml'));
console.log(`Build: ${pages(dist).length} pages, ${chartSpecs.length} charts, ${baseSeconds.toFixed(1)} s\n`);
// One line per kind of page (its first path segment): how many, and the heaviest.
const kinds = new Map();
for (const page of pages(dist)) {
  const path = join(dist, page);
  const kind = page.includes('/') ? `/${page.split('/')[0]}/` : `/${page}`;
  const js = pageScripts(dist, path).reduce((sum, file) => sum + gzip(file), 0);
  const charts = (readFileSync(path, 'utf8').match(/<figure class="chart /g) ?? []).length;
  const row = kinds.get(kind) ?? { count: 0, js: 0, html: 0, charts: 0 };
  kinds.set(kind, {
    count: row.count + 1,
    js: Math.max(row.js, js),
    html: Math.max(row.html, gzip(path)),
    charts: Math.max(row.charts, charts),
  });
}
console.log(
  'pages'.padEnd(28),
  'count'.padStart(6),
  'max JS (gzip)'.padStart(14),
  'max HTML (gzip)'.padStart(16),
  'max charts'.padStart(11),
);
for (const [kind, row] of [...kinds].sort()) {
  console.log(
    kind.padEnd(28),
    String(row.count).padStart(6),
    kb(row.js).padStart(14),
    kb(row.html).padStart(16),
    String(row.charts).padStart(11),
  );
}

// 2. The same with synthetic copies of the published charts: the cost of one more chart.
const specsDir = join(base, 'src/content/charts');
for (let i = 0; i < extraCharts; i++) {
  const file = chartSpecs[i % chartSpecs.length];
  const id = `bench-${i}-${file.replace(/\.yaml$/, '')}`;
  const text = readFileSync(join(specsDir, file), 'utf8').replace(/^id: .*$/m, `id: ${id}`);
  writeFileSync(join(specsDir, `${id}.yaml`), text);
}
const moreSeconds = build(base);
console.log(
  `\nWith ${extraCharts} more charts (each with its chart page, all on the gallery page): ${moreSeconds.toFixed(1)} s, ` +
    `${(((moreSeconds - baseSeconds) / extraCharts) * 1000).toFixed(0)} ms per chart`,
);

// 3. The same with synthetic stories: copies of the published ones under new slugs.
const storiesDir = join(base, 'src/content/stories');
const storyFiles = readdirSync(storiesDir).filter((f) => f.endsWith('.mdx'));
for (let i = 0; i < extraStories; i++) {
  const file = storyFiles[i % storyFiles.length];
  const text = readFileSync(join(storiesDir, file), 'utf8').replace(/^featured: true$/m, 'featured: false');
  writeFileSync(join(storiesDir, `bench-${i}-${file}`), text);
}
const storySeconds = build(base);
const storyDist = join(base, 'dist');
const sample = join(storyDist, 'bai-viet', `bench-0-${storyFiles[0].replace(/\.mdx$/, '')}`, 'index.html');
console.log(
  `With ${extraStories} more stories: ${pages(storyDist).length} pages, ${storySeconds.toFixed(1)} s, ` +
    `${(((storySeconds - moreSeconds) / extraStories) * 1000).toFixed(0)} ms per story; ` +
    `a story page ships ${kb(pageScripts(storyDist, sample).reduce((sum, file) => sum + gzip(file), 0))} of JavaScript (gzip).`,
);
rmSync(base, { recursive: true, force: true });
