import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { issue as issueFrom, type DataIssue } from '../data/issues.ts';
import type { Said } from '../ui/messages.ts';
import { zodProblems } from '../ui/zodIssue.ts';

/** A line and column of a file, both 1-based. */
export interface Place {
  line: number;
  column: number;
}

export interface ReadYamlOptions {
  /** The guide that explains these fields, named in hints: `docs/du-lieu.md`. */
  guide: string;
  /** Lines of the file before the YAML (a story's front matter starts on line 2). */
  lineOffset?: number;
  /** A better message for a missing field than `field.required`. */
  required?: (field: string) => Said | undefined;
}

/**
 * Parses a YAML file and validates it with a zod schema, reporting each problem in Vietnamese
 * (src/lib/ui/messages.ts) at the line and column of the YAML it comes from, with the path of the
 * field (`columns.4.type`). Text is NFC. YAML 1.2: a date stays text, so its time zone is seen.
 */
export function readYaml<T extends z.ZodType>(
  yamlText: string,
  file: string,
  schema: T,
  { guide, lineOffset = 0, required }: ReadYamlOptions,
): { data: z.output<T>; placeOf: (path: readonly PropertyKey[]) => Place | undefined } | { issues: DataIssue[] } {
  const text = yamlText.normalize('NFC');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const at = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  if (document.errors.length > 0) {
    const issues = document.errors.map((error) =>
      issueFrom({ file, ...at(error.pos[0]) }, error.code === 'DUPLICATE_KEY' ? 'yaml.duplicateKey' : 'yaml.syntax'),
    );
    // One mistake often makes the parser stumble twice on its line: say it once.
    return {
      issues: issues.filter(
        (issue, i) => issues.findIndex((other) => other.line === issue.line && other.key === issue.key) === i,
      ),
    };
  }
  const placeOf = (path: readonly PropertyKey[]) => placeOfPath(document, path, at);
  const placeOfKey = (path: readonly PropertyKey[]) => {
    const key = keyOffset(document, path);
    return key === undefined ? placeOf(path) : at(key);
  };
  const result = schema.safeParse(document.toJS(), { reportInput: true });
  if (result.success) return { data: result.data, placeOf };
  return {
    issues: zodProblems(result.error.issues, { schema, guide, required }).map((problem) => ({
      file,
      ...((problem.atKey ? placeOfKey : placeOf)(problem.path) ?? { line: 1 + lineOffset, column: 1 }),
      ...(problem.field === undefined ? {} : { field: problem.field }),
      ...(problem.value === undefined ? {} : { value: problem.value }),
      ...problem.said,
    })),
  };
}

/**
 * The place of `path` in a parsed document: its value, or its key when the value is empty, or
 * else the deepest node along the path (a missing field is reported at the object that lacks it).
 */
function placeOfPath(document: Document, path: readonly PropertyKey[], at: (offset: number) => Place): Place | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const node = depth === 0 ? document.contents : document.getIn(sub as unknown[], true);
    if (isNode(node) && node.range) return at(node.range[0]);
    const key = depth > 0 ? keyOffset(document, sub) : undefined;
    if (key !== undefined) return at(key);
  }
  return undefined;
}

/** The offset of the key of `path` in its map, if the map holds it. */
function keyOffset(document: Document, path: readonly PropertyKey[]): number | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1) as unknown[], true);
  const items = (parent as { items?: { key?: { value?: unknown; range?: number[] } }[] } | null)?.items;
  return items?.find((item) => item.key?.value === path.at(-1))?.key?.range?.[0];
}
