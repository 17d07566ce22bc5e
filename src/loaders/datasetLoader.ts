import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectData } from './projectData.ts';
import { resyncOnChange, syncOrRecord } from './resyncOnChange.ts';

/**
 * Astro content loader for `data/`: every CSV with its schema becomes one entry of the
 * `datasets` collection, id = the dataset id. A bad file fails `astro build` with every problem
 * listed (file:line:column, value, hint); `astro dev` shows them on every page until fixed.
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
          const entry = { file: table.file, schema: table.schema, rows: table.rows, decimals: table.decimals };
          const data = await parseData({ id: table.id, data: entry });
          store.set({ id: table.id, data, digest: generateDigest(JSON.stringify(entry)) });
        }
        logger.info(`${tables.size} datasets loaded from ${dir}/`);
      };

      await syncOrRecord({ watcher, logger }, 'data', sync);

      resyncOnChange({ watcher, logger }, [dataDir], 'data', sync);
    },
  };
}
