#!/usr/bin/env node
// Benchmarks, measured on throwaway copies of the project (never on the published site; the
// copies are deleted at the end, also when a build fails). Linux only (memory is read in /proc).
//
// npm run bench -- --stories 200[,2000,10000]
//   Archive scale, one run per size N: the project plus N synthetic stories (copies of the
//   published ones under new names, dated over the past eight years, sections, tags and authors
//   drawn from the real stories': scripts/bench/bench-stories.mjs). A full build, then one more
//   story and a rebuild that keeps the first build's caches. Prints, per N: HTML pages, full
//   build time, peak memory of the build's whole process tree (node and its children, such as
//   Pagefind's binary; sampled every 250 ms) and of node alone (its VmHWM), output size and
//   files, the rebuild's time and its share of the full build, and how many pages the rebuild
//   rendered and how many it reused from Astro's incremental cache. MB = 2^20 bytes.
//
// npm run bench [-- --charts 70 --extra-stories 500]
//   Without --stories: page weights and the cost of one more chart or story.
//   - JavaScript per page, gzip: every script the page loads, plus every chunk those can import
//     (the chart module loads when a chart nears the viewport: counted, as a reader scrolling
//     through the whole page would load it), and HTML per page, gzip: the heaviest of each kind.
//   - Build time with the published charts and stories, then with --charts synthetic copies of
//     the charts, then with --extra-stories synthetic stories as well, so the cost of one more
//     chart or story can be read off. Builds must grow linearly.
//
// Timings depend on what else the machine runs: compare runs made side by side.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { archiveRun, archiveTable } from './bench/archive.mjs';
import { weightsRun } from './bench/weights.mjs';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    stories: { type: 'string' },
    charts: { type: 'string', default: '70' },
    'extra-stories': { type: 'string', default: '500' },
  },
});

/** A count given on the command line, or a clear stop. */
function count(text, flag) {
  if (!/^\d+$/.test(text.trim())) {
    console.error(`--${flag} takes whole numbers (e.g. --${flag} 200,2000), not "${text}"`);
    process.exit(2);
  }
  return Number(text);
}

try {
  if (values.stories !== undefined) {
    const results = [];
    for (const n of values.stories.split(',').map((text) => count(text, 'stories'))) {
      results.push(await archiveRun(root, n));
      console.log(`\n${archiveTable(results.slice(-1))}\n`);
    }
    if (results.length > 1) console.log(archiveTable(results));
  } else {
    await weightsRun(root, { charts: count(values.charts, 'charts'), stories: count(values['extra-stories'], 'extra-stories') });
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
