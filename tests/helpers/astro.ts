import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The project root. */
export const projectRoot = join(import.meta.dirname, '../..');

/** What vitest puts in the environment as Vite would in import.meta.env; Astro would read DEV from it. */
const viteEnvNames = new Set(['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']);

/** The environment for an Astro command: this one without vitest's variables. */
export function astroEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !viteEnvNames.has(name) && !name.startsWith('VITEST')),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
}

/**
 * Runs the Astro CLI of this project in `cwd`, as `npm run build` would: without vitest's
 * NODE_ENV and VITEST variables, under which Vite builds in test mode (and drafts would show).
 */
export function runAstro(args: string[], cwd = projectRoot, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...astroEnv(), ...env },
  });
}

/** What a copy holds to build the site: sources, data, config. */
const siteFiles = ['src', 'data', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** What a copy also holds to run the project's own checks (npm test's steps). */
const toolingFiles = [
  'tests',
  'scripts',
  'docs',
  'README.md',
  '.prettierrc.json',
  '.prettierignore',
  'eslint.config.js',
  'vitest.config.ts',
];

/**
 * A throwaway copy of the project (sources, data, config; node_modules linked), for tests that
 * must change a file and build. With `tooling`, also the tests, scripts, docs and the formatter,
 * linter and test-runner configuration, so that the project's own checks run in the copy.
 */
export function copyProject({ tooling = false }: { tooling?: boolean } = {}): string {
  const copy = mkdtempSync(join(tmpdir(), 'thuocdo-site-'));
  for (const entry of [...siteFiles, ...(tooling ? toolingFiles : [])]) {
    if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}
