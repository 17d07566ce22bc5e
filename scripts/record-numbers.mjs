#!/usr/bin/env node
// `npm run record:numbers`: builds the site, then records the numbers every published story
// shows (tests/records/story-numbers.json). Run it when a change of a story's numbers is meant:
// after publishing a story, or after a data revision whose changes the stories now carry as
// corrections. `npm test` compares the built stories with this record.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordNumbers, storyNumbers } from '../src/lib/stories/storyNumbers.ts';

const root = join(import.meta.dirname, '..');
const recordFile = join(root, 'tests/records/story-numbers.json');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const storiesDir = join(root, 'dist/bai-viet');
const current = new Map(
  readdirSync(storiesDir)
    .filter((id) => existsSync(join(storiesDir, id, 'index.html')))
    .map((id) => [id, storyNumbers(readFileSync(join(storiesDir, id, 'index.html'), 'utf8'))]),
);
const previous = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : {};
const record = recordNumbers(previous, current, new Date());
writeFileSync(recordFile, JSON.stringify(record, null, 2) + '\n');
const changed = Object.keys(record).filter((id) => record[id] !== previous[id]);
console.log(
  changed.length === 0
    ? 'Số liệu của các bài không đổi: không cần ghi lại.'
    : `Đã ghi lại số liệu của ${changed.length} bài: ${changed.join(', ')} (tests/records/story-numbers.json).`,
);
