// Archive scale: a full build with N synthetic stories, then the rebuild after one more story.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, outputSize } from './astro-build.mjs';
import { benchStories, nextBenchStory, storyTemplates } from './bench-stories.mjs';
import { copyProject } from './project-copy.mjs';

const storiesDir = 'src/content/stories';
const mb = (bytes) => bytes / 2 ** 20;

/** The published stories of a project, read as templates for synthetic ones. */
function readTemplates(dir) {
  const folder = join(dir, storiesDir);
  const files = readdirSync(folder).filter((file) => /\.mdx?$/.test(file));
  return storyTemplates(files.map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') })));
}

function writeStories(dir, stories) {
  for (const { file, text } of stories) writeFileSync(join(dir, storiesDir, file), text);
}

/**
 * Builds a copy of the project at `root` with `count` synthetic stories added, then adds one more
 * and builds again with the caches of the first build, and returns the figures of both. The copy
 * is deleted afterwards, whether the builds succeed or not. `log` hears of each step.
 */
export async function archiveRun(root, count, log = console.log) {
  const copy = copyProject(root);
  try {
    const templates = readTemplates(copy);
    writeStories(copy, benchStories(templates, { count }));
    log(`${count} stories: full build…`);
    const full = await astroBuild(copy);
    const output = outputSize(join(copy, 'dist'));
    log(`${count} stories: full build ${full.seconds.toFixed(1)} s, ${output.pages} pages; rebuild after one more story…`);
    writeStories(copy, [nextBenchStory(templates, { count })]);
    const rebuild = await astroBuild(copy);
    return { count, published: templates.length, full, output, rebuild };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const columns = [
  ['stories', (r) => `${r.count} (+${r.published})`],
  ['pages', (r) => String(r.output.pages)],
  ['full build', (r) => `${r.full.seconds.toFixed(1)} s`],
  ['peak MB (tree)', (r) => mb(r.full.peakTreeBytes).toFixed(0)],
  ['peak MB (node)', (r) => mb(r.full.peakRootBytes).toFixed(0)],
  ['output MB / files', (r) => `${mb(r.output.bytes).toFixed(1)} / ${r.output.files}`],
  ['rebuild', (r) => `${r.rebuild.seconds.toFixed(1)} s`],
  ['rebuild/full', (r) => `${((100 * r.rebuild.seconds) / r.full.seconds).toFixed(0)} %`],
  ['rebuild peak MB (tree)', (r) => mb(r.rebuild.peakTreeBytes).toFixed(0)],
  ['rebuild rendered / reused', (r) => `${r.rebuild.pages.rendered} / ${r.rebuild.pages.reused}`],
];

/** The results as a Markdown table, one row per size. */
export function archiveTable(results) {
  const row = (cells) => `| ${cells.join(' | ')} |`;
  return [
    row(columns.map(([title]) => title)),
    row(columns.map(() => '---')),
    ...results.map((result) => row(columns.map(([, cell]) => cell(result)))),
  ].join('\n');
}
