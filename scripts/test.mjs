#!/usr/bin/env node
// `npm test`: what CI runs, in order. Type check, format and lint, then every vitest suite,
// with the time zone pinned to a non-Vietnam zone so that code which forgets
// Asia/Ho_Chi_Minh fails here rather than on a reader's phone.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, TZ: 'America/New_York' };
const steps = [
  ['astro check', ['astro', 'check']],
  ['eslint', ['eslint', '.']],
  ['prettier', ['prettier', '--check', '.']],
  ['vitest', ['vitest', 'run']],
];

for (const [name, [command, ...args]] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync('npx', ['--no-install', command, ...args], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✓ all checks passed');
