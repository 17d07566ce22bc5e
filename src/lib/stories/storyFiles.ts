/**
 * Checks on the story files themselves, before Astro reads them: the address each file
 * publishes at, characters that must not be published, and the photo a story points to. A
 * problem names the file (and line), never a crash inside the build.
 */
import { posix } from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { issue, type DataIssue } from '../data/issues.ts';
import { slugify } from '../format/slug.ts';
import { findUnsafeCharacter } from '../text/safeText.ts';
import { storyPath } from '../urls.ts';
import { frontMatterIssues, type StoryReferences } from './frontMatter.ts';

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
 * Every problem of the story files, all at once, in Vietnamese: addresses, invisible characters,
 * the front matter (src/lib/stories/frontMatter.ts, with the charts and provinces it may name)
 * and the hero photo. `publicFileExists` says whether a path such as `/anh/x.jpg` exists in public/.
 */
export function storyFileIssues(
  files: readonly StoryFile[],
  publicFileExists: (path: string) => boolean,
  references: StoryReferences = {},
): DataIssue[] {
  const issues: DataIssue[] = [];
  const bySlug = new Map<string, string>();
  for (const { path, text } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const slug = storySlug(path);
    if (slug === '') {
      issues.push(issue({ file: path, line: 1, column: 1 }, 'story.emptySlug'));
    } else if (bySlug.has(slug)) {
      issues.push(
        issue({ file: path, line: 1, column: 1 }, 'story.sameAddress', { path: storyPath(slug), other: bySlug.get(slug)! }),
      );
    } else {
      bySlug.set(slug, path);
    }
    issues.push(
      ...unsafeCharacterIssues(path, text),
      ...frontMatterIssues(path, text, references),
      ...heroIssues(path, text, publicFileExists),
    );
  }
  return issues;
}

/** Every line holding a character that must not be published, at its line and column. */
function unsafeCharacterIssues(file: string, text: string): DataIssue[] {
  return text.split('\n').flatMap((line, i) => {
    const unsafe = findUnsafeCharacter(line.replace(/\r$/, ''));
    if (!unsafe) return [];
    return [
      issue({ file, line: i + 1, column: unsafe.index + 1 }, 'text.invisible', {
        character: unsafe.name,
        index: unsafe.index + 1,
      }),
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
  // The front matter starts on the file's second line, after `---`.
  return [issue({ file, line: line + 1, column: col, field: 'hero.src', value: src }, 'story.heroMissing', { src })];
}
