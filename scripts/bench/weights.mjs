// Page weights and the build cost of one more chart and one more story, on a copy of the project.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { astroBuild } from './astro-build.mjs';
import { benchStories, storyTemplates } from './bench-stories.mjs';
import { copyProject } from './project-copy.mjs';

const gzip = (path) => gzipSync(readFileSync(path)).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

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

const scriptBytes = (dist, page) => pageScripts(dist, page).reduce((sum, file) => sum + gzip(file), 0);

/** One line per kind of page (its first path segment): how many, and the heaviest. */
function printWeights(dist) {
  const kinds = new Map();
  for (const page of pages(dist)) {
    const path = join(dist, page);
    const kind = page.includes('/') ? `/${page.split('/')[0]}/` : `/${page}`;
    const charts = (readFileSync(path, 'utf8').match(/<figure class="chart /g) ?? []).length;
    const row = kinds.get(kind) ?? { count: 0, js: 0, html: 0, charts: 0 };
    kinds.set(kind, {
      count: row.count + 1,
      js: Math.max(row.js, scriptBytes(dist, path)),
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
}

/**
 * Builds the site as it is and prints its page weights; then with `charts` synthetic copies of
 * the published chart specs, then `stories` synthetic stories as well, so the cost of one more
 * chart or story can be read off. Builds must grow linearly.
 */
export async function weightsRun(root, { charts: extraCharts, stories: extraStories }) {
  const base = copyProject(root);
  try {
    const dist = join(base, 'dist');
    // 1. The site as it is.
    const baseSeconds = (await astroBuild(base)).seconds;
    const specsDir = join(base, 'src/content/charts');
    const chartSpecs = readdirSync(specsDir).filter((f) => f.endsWith('.yaml'));
    console.log(`Build: ${pages(dist).length} pages, ${chartSpecs.length} charts, ${baseSeconds.toFixed(1)} s\n`);
    printWeights(dist);

    // 2. With synthetic copies of the published charts: the cost of one more chart.
    for (let i = 0; i < extraCharts; i++) {
      const file = chartSpecs[i % chartSpecs.length];
      const id = `bench-${i}-${file.replace(/\.yaml$/, '')}`;
      const text = readFileSync(join(specsDir, file), 'utf8').replace(/^id: .*$/m, `id: ${id}`);
      writeFileSync(join(specsDir, `${id}.yaml`), text);
    }
    const moreSeconds = (await astroBuild(base)).seconds;
    console.log(
      `\nWith ${extraCharts} more charts (each with its chart page, all on the gallery page): ${moreSeconds.toFixed(1)} s, ` +
        `${(((moreSeconds - baseSeconds) / extraCharts) * 1000).toFixed(0)} ms per chart`,
    );

    // 3. With synthetic stories as well (scripts/bench/bench-stories.mjs): the cost of one more story.
    const storiesDir = join(base, 'src/content/stories');
    const templates = storyTemplates(
      readdirSync(storiesDir)
        .filter((f) => /\.mdx?$/.test(f))
        .map((file) => ({ file, text: readFileSync(join(storiesDir, file), 'utf8') })),
    );
    const stories = benchStories(templates, { count: extraStories });
    for (const { file, text } of stories) writeFileSync(join(storiesDir, file), text);
    const storySeconds = (await astroBuild(base)).seconds;
    const sample = join(dist, 'bai-viet', stories[0].file.replace(/\.mdx?$/, ''), 'index.html');
    console.log(
      `With ${extraStories} more stories: ${pages(dist).length} pages, ${storySeconds.toFixed(1)} s, ` +
        `${(((storySeconds - moreSeconds) / extraStories) * 1000).toFixed(0)} ms per story; ` +
        `a story page ships ${kb(scriptBytes(dist, sample))} of JavaScript (gzip).`,
    );
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
