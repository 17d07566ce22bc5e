import { glob, type Loader } from 'astro/loaders';
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataValidationError } from '../lib/data/index.ts';
import { storyFileIssues, storySlug } from '../lib/stories/storyFiles.ts';

const dir = 'src/content/stories';
const pattern = '**/*.{md,mdx}';

/**
 * Stories: Astro's glob loader, with each story's id made by `storySlug` (the file name,
 * folded; folders are left out) and the files checked first, so that two files publishing at
 * one address, an empty or non-ASCII address, an invisible character or a missing hero photo
 * stop the build naming the file, instead of a warning, a crash or a broken page.
 */
export function storyLoader(): Loader {
  const inner = glob({ pattern, base: `./${dir}`, generateId: ({ entry }) => storySlug(entry) });
  return {
    name: 'thuocdo-stories',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const publicDir = fileURLToPath(context.config.publicDir);
      const files = globSync(pattern, { cwd: join(root, dir) }).map((entry) => ({
        path: relative(root, join(root, dir, entry))
          .split(sep)
          .join('/'),
        text: readFileSync(join(root, dir, entry), 'utf8'),
      }));
      const issues = storyFileIssues(files, (path) => {
        const file = join(publicDir, path);
        return existsSync(file) && statSync(file).isFile();
      });
      if (issues.length > 0) throw new DataValidationError(issues);
      await inner.load(context);
    },
  };
}
