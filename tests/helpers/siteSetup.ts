import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot, runAstro } from './astro.ts';
import { serveStatic } from './staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
  }
}

/** Builds the real site once for the build and browser tests, and serves dist/ while they run. */
export default async function setup(project: TestProject) {
  const result = runAstro(['build']);
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  const { origin, server } = await serveStatic(join(projectRoot, 'dist'));
  project.provide('siteOrigin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
