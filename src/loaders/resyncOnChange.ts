import type { LoaderContext } from 'astro/loaders';
import { formatIssue } from '../lib/data/index.ts';
import { forget } from './projectData.ts';
import { issuesOf, recordDevErrors } from './devErrors.ts';

/**
 * Runs a loader's sync. In `astro build` an error stops the build. In `astro dev` (a watcher is
 * given) the editors' errors are logged and recorded for the preview to show on every page
 * (src/middleware.ts), the server stays up, and the next save tries again.
 */
export async function syncOrRecord(
  { watcher, logger }: Pick<LoaderContext, 'watcher' | 'logger'>,
  source: string,
  sync: () => Promise<void>,
): Promise<void> {
  try {
    await sync();
    recordDevErrors(source, []);
  } catch (error) {
    const issues = issuesOf(error);
    if (!watcher || !issues) throw error;
    recordDevErrors(source, issues);
    logger.error(`${issues.length} lỗi:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
  }
}

/**
 * In `astro dev`, reloads a collection when a file under one of `dirs` changes. A bad file is
 * reported (terminal and browser) and the server stays up: the next save reloads.
 */
export function resyncOnChange(
  { watcher, logger }: Pick<LoaderContext, 'watcher' | 'logger'>,
  dirs: string[],
  source: string,
  sync: () => Promise<void>,
): void {
  if (!watcher) return;
  for (const dir of dirs) watcher.add(dir);
  watcher.on('all', async (_event, path) => {
    if (!dirs.some((dir) => path.startsWith(dir))) return;
    forget();
    try {
      await syncOrRecord({ watcher, logger }, source, sync);
    } catch (error) {
      logger.error(String(error));
    }
  });
}
