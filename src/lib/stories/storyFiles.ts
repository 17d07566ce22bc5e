/**
 * Checks on the story files themselves, before Astro reads them: the address each file
 * publishes at, characters that must not be published, and the photo a story points to. A
 * problem names the file (and line), never a crash inside the build.
 */
import { posix } from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { DataIssue } from '../data/issues.ts';
import { slugify } from '../format/slug.ts';
import { findUnsafeCharacter } from '../text/safeText.ts';
import { storyPath } from '../urls.ts';

export interface StoryFile {
  /** Path from the project root, with `/`: `src/content/stories/lai-chau.md`. */
  path: string;
  text: string;
}

/**
 * The slug a story publishes at: its file name without extension, folded as every slug is (a
 * folder is only for the newsroom's order, not part of the address).
 *
 * @example storySlug('2025/Điện Biên.md') // 'dien-bien'
 */
export function storySlug(path: string): string {
  return slugify(posix.basename(path).replace(/\.mdx?$/, ''));
}

/**
 * Every problem of the story files, all at once. `publicFileExists` says whether a path such as
 * `/anh/x.jpg` exists in public/.
 */
export function storyFileIssues(files: readonly StoryFile[], publicFileExists: (path: string) => boolean): DataIssue[] {
  const issues: DataIssue[] = [];
  const bySlug = new Map<string, string>();
  for (const { path, text } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const slug = storySlug(path);
    if (slug === '') {
      issues.push({
        file: path,
        message: 'the file name has no letter or digit to make the story’s web address from',
        hint: 'rename the file with words of the title, e.g. giam-ngheo-lai-chau.md',
      });
    } else if (bySlug.has(slug)) {
      issues.push({
        file: path,
        message: `publishes at the same address ${storyPath(slug)} as ${bySlug.get(slug)}`,
        hint: 'rename one of the two files, or delete the one that should not be published',
      });
    } else {
      bySlug.set(slug, path);
    }
    issues.push(...unsafeCharacterIssues(path, text), ...heroIssues(path, text, publicFileExists));
  }
  return issues;
}

/** Every line holding a character that must not be published, at its line and column. */
function unsafeCharacterIssues(file: string, text: string): DataIssue[] {
  return text.split('\n').flatMap((line, i) => {
    const unsafe = findUnsafeCharacter(line.replace(/\r$/, ''));
    if (!unsafe) return [];
    return [
      {
        file,
        line: i + 1,
        column: unsafe.index + 1,
        message: `invisible character ${unsafe.name}`,
        hint: 'delete it (retype the text around it, or paste it as plain text)',
      },
    ];
  });
}

/** The hero photo must be a file of public/: a missing one would ship as a broken image. */
function heroIssues(file: string, text: string, publicFileExists: (path: string) => boolean): DataIssue[] {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(text);
  if (!frontMatter) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(frontMatter[1], { lineCounter });
  // Broken YAML or a missing field is the schema's to report, with its own message.
  if (document.errors.length > 0 || !isMap(document.contents)) return [];
  const node = document.getIn(['hero', 'src'], true) as { value?: unknown; range?: [number, number, number] } | undefined;
  if (typeof node?.value !== 'string' || !node.value.startsWith('/') || node.value.startsWith('//')) return [];
  const src = node.value;
  if (publicFileExists(src.split(/[?#]/)[0])) return [];
  const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
  return [
    {
      file,
      // The front matter starts on the file's second line, after `---`.
      line: line + 1,
      column: col,
      value: src,
      message: 'no such image in public/',
      hint: `put the photo at public${src}, or correct the path`,
    },
  ];
}
