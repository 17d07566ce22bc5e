#!/usr/bin/env node
// `npm test`: what CI runs, in order. Type check, format and lint, then every vitest suite,
// with the time zone pinned to a non-Vietnam zone so that code which forgets
// Asia/Ho_Chi_Minh fails here rather than on a reader's phone. Naming steps runs only those
// (`node scripts/test.mjs "astro check" eslint prettier`): the editor's-path test runs the
// checks exactly as `npm test` does.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, TZ: 'America/New_York' };
const steps = [
  ['astro check', ['astro', 'check']],
  ['eslint', ['eslint', '.']],
  ['prettier', ['prettier', '--check', '.']],
  ['vitest', ['vitest', 'run']],
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !steps.some(([step]) => step === name));
if (unknown.length > 0) {
  console.error(`unknown step ${unknown.join(', ')}; the steps are: ${steps.map(([name]) => name).join(', ')}`);
  process.exit(2);
}

for (const [name, [command, ...args]] of steps.filter(([step]) => only.length === 0 || only.includes(step))) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync('npx', ['--no-install', command, ...args], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log(only.length > 0 ? `\n✓ ${only.join(', ')} passed` : '\n✓ all checks passed');
