import { relative, sep } from 'node:path';
import { DataValidationError, issue, type DataIssue } from '../data/issues.ts';
import type { MessageKey } from '../ui/messages.ts';

/** What the MDX compiler throws for a syntax error (a VFileMessage). */
interface MdxSyntaxError {
  reason?: string;
  message?: string;
  ruleId?: string;
  source?: string;
  line?: number;
  column?: number;
  place?: { line?: number; column?: number; start?: { line: number; column: number } };
}

/** The catalogue entry for a syntax error, by the rule of micromark or mdast that raised it. */
function keyOf(error: MdxSyntaxError): MessageKey {
  const reason = error.reason ?? '';
  if (error.source === 'micromark-extension-mdx-jsx' && error.ruleId === 'unexpected-character') return 'mdx.tag';
  if (error.ruleId === 'unexpected-eof' || reason.startsWith('Expected a closing tag')) return 'mdx.unclosed';
  if (error.ruleId === 'end-tag-mismatch' || reason.startsWith('Unexpected closing')) return 'mdx.closingTag';
  if (error.source === 'micromark-extension-mdx-expression') return 'mdx.expression';
  return 'mdx.syntax';
}

/**
 * An MDX syntax error as an editor's issue: the story's line and column, a Vietnamese message
 * from the catalogue by the rule that failed, and the character at fault.
 *
 * @example mdxSyntaxIssue({ reason: 'Unexpected character `5` (U+0035) before name, …', ruleId: 'unexpected-character', source: 'micromark-extension-mdx-jsx', line: 3, column: 12 }, 'src/content/stories/a.mdx')
 * // { file: 'src/content/stories/a.mdx', line: 3, column: 12, message: 'thẻ <…> viết sai ở đây (ký tự 5 không đúng chỗ)', … }
 */
export function mdxSyntaxIssue(error: MdxSyntaxError, file: string): DataIssue {
  const line = error.line ?? error.place?.start?.line ?? error.place?.line ?? 1;
  const column = error.column ?? error.place?.start?.column ?? error.place?.column ?? 1;
  const reason = error.reason ?? error.message ?? '';
  const character = /`(.+?)`/.exec(reason)?.[1] ?? '?';
  return issue({ file, line, column }, keyOf(error), { character, detail: reason });
}

interface MdxRenderer {
  process(content: string, filePath: string, frontmatter: unknown): Promise<unknown>;
}

/**
 * A markdown processor (Astro's `unified()`) whose MDX syntax errors reach the editor in
 * Vietnamese at the story's line (`mdxSyntaxIssue`), as a DataValidationError. Errors already
 * ours (the story checks) pass unchanged.
 */
export function withEditorErrors<P extends { createMdxRenderer?: (...args: never[]) => Promise<MdxRenderer> }>(
  processor: P,
  root: string,
): P {
  const create = processor.createMdxRenderer;
  if (!create) return processor;
  return {
    ...processor,
    async createMdxRenderer(...args: never[]) {
      const renderer = await create.apply(processor, args);
      return {
        ...renderer,
        async process(content: string, filePath: string, frontmatter: unknown) {
          try {
            return await renderer.process(content, filePath, frontmatter);
          } catch (error) {
            if (error instanceof DataValidationError || !isSyntaxError(error)) throw error;
            throw new DataValidationError([mdxSyntaxIssue(error, relative(root, filePath).split(sep).join('/'))]);
          }
        },
      };
    },
  };
}

/** Whether an error is the MDX parser's (a VFileMessage with its rule), not ours or a crash. */
export const isSyntaxError = (error: unknown): error is MdxSyntaxError =>
  typeof error === 'object' && error !== null && 'reason' in error && ('ruleId' in error || 'source' in error);
