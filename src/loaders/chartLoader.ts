import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readChartSpec } from '../lib/charts/index.ts';
import { DataValidationError, type DataIssue } from '../lib/data/index.ts';
import { projectData } from './projectData.ts';
import { resyncOnChange, syncOrRecord } from './resyncOnChange.ts';

/**
 * Astro content loader for chart specs (`src/content/charts/<id>.yaml`). Each spec is checked
 * against the datasets: an unknown dataset or column fails the build naming the file, the field
 * and the closest valid name.
 */
export function chartLoader(): Loader {
  const dir = 'src/content/charts';
  return {
    name: 'thuocdo-charts',
    async load({ config, store, parseData, generateDigest, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const chartDir = join(root, dir);

      const sync = async () => {
        const { tables, context } = projectData(root);
        const issues: DataIssue[] = [];
        const specs = [];
        for (const name of readdirSync(chartDir)
          .filter((f) => f.endsWith('.yaml'))
          .sort()) {
          const path = join(chartDir, name);
          const result = readChartSpec(
            readFileSync(path, 'utf8'),
            relative(root, path),
            basename(name, '.yaml'),
            tables,
            context,
          );
          if ('issues' in result) issues.push(...result.issues);
          else specs.push(result.spec);
        }
        if (issues.length > 0) throw new DataValidationError(issues);
        store.clear();
        for (const spec of specs) {
          const data = await parseData({ id: spec.id, data: spec });
          store.set({ id: spec.id, data, digest: generateDigest(JSON.stringify(spec)) });
        }
        logger.info(`${specs.length} charts loaded from ${dir}/`);
      };

      await syncOrRecord({ watcher, logger }, 'charts', sync);

      // A chart depends on its dataset too.
      resyncOnChange({ watcher, logger }, [chartDir, join(root, 'data')], 'charts', sync);
    },
  };
}
