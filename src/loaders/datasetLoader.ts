import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataValidationError } from '../lib/data/index.ts';
import { forget, projectData } from './projectData.ts';

/**
 * Astro content loader for `data/`: every CSV with its schema becomes one entry of the
 * `datasets` collection, id = the dataset id. A bad file fails `astro build` and `astro dev`
 * with every problem listed (file:line:column, value, hint).
 */
export function datasetLoader(): Loader {
  const dir = 'data';
  return {
    name: 'thuocdo-datasets',
    async load({ config, store, parseData, generateDigest, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const dataDir = join(root, dir);

      const sync = async () => {
        const { tables } = projectData(root);
        store.clear();
        for (const table of tables.values()) {
          const entry = { file: table.file, schema: table.schema, rows: table.rows };
          const data = await parseData({ id: table.id, data: entry });
          store.set({ id: table.id, data, digest: generateDigest(JSON.stringify(entry)) });
        }
        logger.info(`${tables.size} datasets loaded from ${dir}/`);
      };

      await sync();

      watcher?.add(dataDir);
      watcher?.on('all', async (_event, path) => {
        if (!path.startsWith(dataDir)) return;
        try {
          forget();
          await sync();
        } catch (error) {
          // In dev the server stays up; the message says what to fix, and the next save reloads.
          logger.error(error instanceof DataValidationError ? error.message : String(error));
        }
      });
    },
  };
}
