import { parseFrontmatter } from '@astrojs/markdown-remark';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { existsSync, globSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataValidationError, PROVINCES_ID, provinceNamesOf, type DataIssue } from '../lib/data/index.ts';
import type { StoryReferences } from '../lib/stories/frontMatter.ts';
import { storyFileIssues, storySlug } from '../lib/stories/storyFiles.ts';
import { recordDevErrors } from './devErrors.ts';
import { projectData } from './projectData.ts';

const dir = 'src/content/stories';
const pattern = '**/*.{md,mdx}';

/** What Astro passes a loader besides the documented context: how each file type is read. */
type EntryTypes = Map<string, { getEntryInfo: (params: unknown) => Promise<unknown> }>;

/**
 * Stories: Astro's glob loader, with each story's id made by `storySlug` (the file name,
 * folded; folders are left out) and the files checked first (src/lib/stories/storyFiles.ts):
 * two files publishing at one address, an empty address, an invisible character, front matter
 * (every field at its line, in Vietnamese, with the charts and provinces it names), a missing
 * hero photo. `astro build` stops on them. `astro dev` shows them on every page
 * (src/middleware.ts), leaves a broken story out of the collection until it is fixed, and checks
 * every story again on each save.
 */
export function storyLoader(): Loader {
  // The text is not kept in the store: the page reads it from the file (src/queries/storyText.ts).
  const inner = glob({ pattern, base: `./${dir}`, generateId: ({ entry }) => storySlug(entry), retainBody: false });
  return {
    name: 'thuocdo-stories',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const publicDir = fileURLToPath(context.config.publicDir);
      const check = (): DataIssue[] => {
        const files = globSync(pattern, { cwd: join(root, dir) }).map((entry) => ({
          path: relative(root, join(root, dir, entry))
            .split(sep)
            .join('/'),
          text: readFileSync(join(root, dir, entry), 'utf8'),
        }));
        return storyFileIssues(
          files,
          (path) => {
            const file = join(publicDir, path);
            return existsSync(file) && statSync(file).isFile();
          },
          references(root),
        );
      };

      const issues = check();
      if (!context.watcher) {
        if (issues.length > 0) throw new DataValidationError(issues);
        await inner.load(asText(context));
        return;
      }

      // astro dev: record the errors, keep every good story, and check again on each save (and
      // once more when the saves settle: an editor's program may write a file in several steps).
      const record = (found: DataIssue[]) => {
        recordDevErrors('stories', found);
        if (found.length > 0) context.logger.error(new DataValidationError(found).message);
      };
      record(issues);
      let settle: ReturnType<typeof setTimeout> | undefined;
      context.watcher.on('all', (_event, path) => {
        if (!path.startsWith(join(root, dir))) return;
        record(check());
        clearTimeout(settle);
        settle = setTimeout(() => recordDevErrors('stories', check()), 300);
      });
      // Whether a story is left out is decided on the text Astro is about to read.
      const isBroken = (path: string, text: string) => {
        const file = relative(root, path).split(sep).join('/');
        const own = storyFileIssues([{ path: file, text }], () => true, references(root));
        return own.length > 0 || addressClashes(root).has(file);
      };
      await inner.load(leavingOut(asText(context), isBroken));
    },
  };
}

/**
 * The loader context in which a story file is front matter and text only: Astro stores the text
 * (front matter blanked, so its lines are the file's) and neither renders it nor makes it a
 * module for Vite. The page renders it (src/queries/storyText.ts): a compiled story would stay in
 * the build's memory to the end, and one new story would have Vite bundle every story again.
 */
function asText(context: LoaderContext): LoaderContext {
  // storyFileIssues has checked the front matter first, so it parses here.
  const getEntryInfo = async (params: unknown) => {
    const { frontmatter, content, rawFrontmatter } = parseFrontmatter((params as { contents: string }).contents, {
      frontmatter: 'empty-with-lines',
    });
    return { data: frontmatter, body: content, rawData: rawFrontmatter };
  };
  const entryTypes: EntryTypes = new Map(['.md', '.mdx'].map((extension) => [extension, { getEntryInfo }]));
  return { ...context, entryTypes } as LoaderContext;
}

/** Marks the data of a story left out, from Astro's reading of the file to its storing. */
const LEFT_OUT = '__thuocdoLeftOut';

/**
 * The loader context with the broken stories left out: Astro neither reads their front matter
 * (its reader would throw and stop the server) nor stores what it read, so the store keeps the
 * story as it last was valid (or has none yet). No page shows it meanwhile: while the preview
 * has errors, every page shows them instead (src/middleware.ts). Removing the entry instead
 * would drop it from Astro's list of content modules, which does not always come back in time.
 */
function leavingOut(context: LoaderContext, isBroken: (path: string, text: string) => boolean): LoaderContext {
  const entryTypes = (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
  const leftOut = (data: unknown): string | undefined => (data as Record<string, string> | undefined)?.[LEFT_OUT];
  const store = new Proxy(context.store, {
    get(target, name, receiver) {
      if (name === 'set') {
        return (entry: { id: string; data: unknown }) => (leftOut(entry.data) === undefined ? target.set(entry as never) : false);
      }
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    ...context,
    store,
    parseData: async (props) => (leftOut(props.data) === undefined ? context.parseData(props) : props.data),
    ...(entryTypes && {
      entryTypes: new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: async (params: unknown) => {
              const { fileUrl, contents } = params as { fileUrl: URL; contents: string };
              const path = fileURLToPath(fileUrl);
              return isBroken(path, contents) ? { data: { [LEFT_OUT]: path }, body: '', rawData: '' } : type.getEntryInfo(params);
            },
          },
        ]),
      ),
    }),
  } as LoaderContext;
}

/**
 * The stories that cannot publish at their own address (no letter in the name, or the address
 * of a file before them), as storyFileIssues reports them; from the file names alone.
 */
function addressClashes(root: string): Set<string> {
  const paths = globSync(pattern, { cwd: join(root, dir) })
    .map((entry) =>
      relative(root, join(root, dir, entry))
        .split(sep)
        .join('/'),
    )
    .sort((a, b) => a.localeCompare(b));
  const seen = new Set<string>();
  const clashes = new Set<string>();
  for (const path of paths) {
    const slug = storySlug(path);
    if (slug === '' || seen.has(slug)) clashes.add(path);
    else seen.add(slug);
  }
  return clashes;
}

/** The charts and provinces a story's front matter may name; none when the data does not load (its own errors tell why). */
function references(root: string): StoryReferences {
  const chartIds = new Set(
    readdirSync(join(root, 'src/content/charts'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.slice(0, -'.yaml'.length)),
  );
  try {
    const provinces = projectData(root).tables.get(PROVINCES_ID);
    return { chartIds, provinces: provinces ? provinceNamesOf(provinces.rows) : undefined };
  } catch {
    return { chartIds };
  }
}
