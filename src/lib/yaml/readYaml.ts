import { isNode, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { DataIssue } from '../data/issues.ts';

/**
 * Parses a YAML file and validates it with a zod schema, reporting each problem with the line
 * of the YAML it comes from and the path of the field (`columns.4.type`). Text is NFC.
 */
export function readYaml<T extends z.ZodType>(
  yamlText: string,
  file: string,
  schema: T,
  hint: string,
): { data: z.output<T>; lineOf: (path: readonly PropertyKey[]) => number | undefined } | { issues: DataIssue[] } {
  const text = yamlText.normalize('NFC');
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    return {
      issues: document.errors.map((error) => ({
        file,
        line: error.linePos?.[0].line,
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
        hint: 'check indentation (spaces, not tabs) and quote values that contain ": "',
      })),
    };
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return { data: result.data, lineOf: (path) => lineOfPath(document, text, path) };
  return {
    issues: result.error.issues.map((issue) => ({
      file,
      line: lineOfPath(document, text, issue.path),
      value: issue.path.length > 0 ? issue.path.join('.') : undefined,
      message: issue.message,
      hint,
    })),
  };
}

/** The line of `path` in a parsed document: the deepest node along it that exists. */
function lineOfPath(document: Document, text: string, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return text.slice(0, node.range[0]).split('\n').length;
  }
  return undefined;
}
