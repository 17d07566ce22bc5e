import type { LoaderContext } from 'astro/loaders';
import { DataValidationError } from '../lib/data/index.ts';
import { forget } from './projectData.ts';

/**
 * In `astro dev`, reloads a collection when a file under one of `dirs` changes. A bad file is
 * reported and the server stays up: the message says what to fix, and the next save reloads.
 */
export function resyncOnChange(
  { watcher, logger }: Pick<LoaderContext, 'watcher' | 'logger'>,
  dirs: string[],
  sync: () => Promise<void>,
): void {
  if (!watcher) return;
  for (const dir of dirs) watcher.add(dir);
  watcher.on('all', async (_event, path) => {
    if (!dirs.some((dir) => path.startsWith(dir))) return;
    try {
      forget();
      await sync();
    } catch (error) {
      logger.error(error instanceof DataValidationError ? error.message : String(error));
    }
  });
}
