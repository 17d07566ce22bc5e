#!/usr/bin/env node
// `npm run dev`: Astro's dev server with drafts shown (THUOCDO_DRAFTS=1), on any OS —
// editors preview on Windows too, where `VAR=1 command` does not work in npm scripts.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, THUOCDO_DRAFTS: '1' },
});
// Stopping this script stops the server too.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
