import { isNode, parseDocument, type Document } from 'yaml';
import { datasetSchemaSchema, type DatasetSchema } from './datasetSchema.ts';
import type { DataIssue } from './issues.ts';

/**
 * Parses a dataset's `.schema.yaml` and validates it, reporting each problem with the line of
 * the YAML it comes from.
 */
export function readSchema(yamlText: string, file: string): { schema: DatasetSchema } | { issues: DataIssue[] } {
  const text = yamlText.normalize('NFC');
  const document = parseDocument(text, { prettyErrors: false });
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
  const result = datasetSchemaSchema.safeParse(document.toJS());
  if (result.success) return { schema: result.data };
  return {
    issues: result.error.issues.map((issue) => ({
      file,
      line: lineOfPath(document, text, issue.path),
      value: issue.path.length > 0 ? issue.path.join('.') : undefined,
      message: issue.message,
      hint: 'see docs/du-lieu.md for the fields a dataset schema takes',
    })),
  };
}

/** The line of the deepest YAML node that exists along `path`. */
function lineOfPath(document: Document, text: string, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return text.slice(0, node.range[0]).split('\n').length;
  }
  return undefined;
}
