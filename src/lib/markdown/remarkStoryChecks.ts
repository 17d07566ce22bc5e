import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DataValidationError, type DataIssue } from '../data/issues.ts';
import { loadDatasets, PROVINCES_ID } from '../data/loadDatasets.ts';
import { provinceNamesOf } from '../data/provinceNames.ts';
import {
  checkReference,
  isReferenceComponent,
  referenceComponents,
  type PropValue,
  type ReferenceData,
} from '../stories/dataReference.ts';
import { closest } from '../text/closest.ts';
import { say, type Said } from '../ui/messages.ts';

interface Position {
  start: { line: number; column: number };
}

export interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: EstreeProgram } };
  position?: Position;
}

interface JsxElement extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

interface EstreeProgram {
  body: EstreeNode[];
}

/** The components a story page passes to every story (src/pages/bai-viet/[slug].astro). */
export const storyComponents = ['Chart', ...Object.keys(referenceComponents)];

export interface StoryChecksOptions {
  /** The chart specs, `src/content/charts/`. */
  chartDir: string;
  /** The project root: files are named from it, and its `data/` holds the datasets. */
  root: string;
}

/**
 * A remark plugin that checks an MDX file before it is built: every `<Chart id>` against the
 * chart specs, every `<So>`, `<DataValue>`, `<DataChange>` and `<DataRank>` against the data (the
 * dataset, the columns, exactly one row, a number in it), and every other component against
 * those a story has. All problems of the file are reported at once, each at the story's own
 * line and column, in Vietnamese, with the closest valid value. Specs and data are read again
 * when they change, so `astro dev` sees a chart or a CSV added while it runs.
 */
export function remarkStoryChecks({ chartDir, root }: StoryChecksOptions) {
  return (tree: Root, file: VFile) => {
    const path = relative(root, file.path).split(sep).join('/');
    const chartIds = readdirSync(chartDir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.slice(0, -'.yaml'.length));
    const data = referenceData(root);
    const imported = importedNames(tree);
    const issues: DataIssue[] = [];
    const report = (node: { position?: Position }, said: Said, value?: string) =>
      issues.push({
        file: path,
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
        ...(value === undefined ? {} : { value }),
        ...said,
      });

    visit(tree, (node: Node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as JsxElement;
      const name = element.name;
      if (!name || !/^[A-Z]/.test(name)) return;
      if (name === 'Chart') {
        checkChart(element, chartIds, report);
      } else if (isReferenceComponent(name)) {
        const props: Record<string, PropValue> = {};
        const at = new Map<string, JsxAttribute>();
        let readable = true;
        for (const attribute of element.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
          const value = propValue(attribute.value);
          at.set(attribute.name, attribute);
          if (value !== undefined) props[attribute.name] = value;
          else {
            readable = false;
            report(attribute, say('ref.propNotLiteral', { prop: attribute.name }));
          }
        }
        if (!data || !readable) return;
        for (const problem of checkReference(name, props, data)) {
          const attribute = problem.prop === undefined ? undefined : at.get(problem.prop);
          const value = attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
          report(attribute ?? element, problem.said, value);
        }
      } else if (!imported.has(name)) {
        report(element, say('story.unknownComponent', { name }, closest(name, storyComponents)));
      }
    });
    if (issues.length > 0) throw new DataValidationError(issues);
  };
}

function checkChart(
  element: JsxElement,
  chartIds: string[],
  report: (node: { position?: Position }, said: Said, value?: string) => void,
) {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  const id = attribute?.value;
  if (typeof id !== 'string') report(attribute ?? element, say('story.chartIdNotLiteral'));
  else if (!chartIds.includes(id)) report(attribute!, say('story.unknownChart', {}, closest(id, chartIds)), id);
}

/** Names the file imports itself (a page may bring its own components). */
function importedNames(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, (node: Node) => {
    if (node.type === 'mdxjsEsm') for (const name of esmImports(node).names) names.add(name);
  });
  return names;
}

/**
 * The names an ESM block (`import Chart from '…'`) imports, and whether it holds anything
 * besides imports (an `export`, code).
 */
export function esmImports(node: { data?: { estree?: unknown } }): { names: string[]; onlyImports: boolean } {
  const statements = (node.data?.estree as EstreeProgram | undefined)?.body ?? [];
  const imports = statements.filter((statement) => statement.type === 'ImportDeclaration');
  return {
    names: imports.flatMap((statement) => (statement.specifiers as { local: { name: string } }[]).map((s) => s.local.name)),
    onlyImports: imports.length === statements.length,
  };
}

/** The props of a JSX element that are written out (see `propValue`); the checks report the others. */
export function jsxProps(attributes: readonly JsxAttribute[]): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const value = propValue(attribute.value);
    if (value !== undefined) props[attribute.name] = value;
  }
  return props;
}

/**
 * A prop's value when it is written out: text, a number, `true` for a bare prop, or conditions
 * of literals `{{ province_code: '12', year: 2006 }}`. Undefined for anything computed.
 */
function propValue(value: JsxAttribute['value']): PropValue | undefined {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const [statement] = value.data?.estree?.body ?? [];
  if (statement?.type !== 'ExpressionStatement') return undefined;
  const expression = statement.expression as EstreeNode;
  if (expression.type !== 'ObjectExpression') {
    const literal = literalValue(expression);
    return literal === undefined || typeof literal === 'boolean' ? (literal as PropValue | undefined) : literal;
  }
  const where: Record<string, string | number | null> = {};
  for (const property of expression.properties as EstreeNode[]) {
    if (property.type !== 'Property' || property.computed) return undefined;
    const key = property.key as EstreeNode;
    const name = key.type === 'Identifier' ? (key.name as string) : key.type === 'Literal' ? String(key.value) : undefined;
    const literal = literalValue(property.value as EstreeNode);
    if (name === undefined || literal === undefined || typeof literal === 'boolean') return undefined;
    where[name] = literal;
  }
  return where;
}

function literalValue(node: EstreeNode): string | number | boolean | null | undefined {
  if (node.type === 'Literal') {
    const value = node.value;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null
      ? value
      : undefined;
  }
  if (node.type === 'UnaryExpression' && node.operator === '-') {
    const inner = literalValue(node.argument as EstreeNode);
    return typeof inner === 'number' ? -inner : undefined;
  }
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    return ((node.quasis as { value: { cooked: string } }[])[0]?.value.cooked ?? '') as string;
  }
  return undefined;
}

let cached: { root: string; stamp: string; data: ReferenceData | undefined } | undefined;

/**
 * The datasets, read again only when a file of `data/` changes; undefined when they do not load
 * (their own errors are reported by the datasets loader, with their lines).
 */
function referenceData(root: string): ReferenceData | undefined {
  const dataDir = join(root, 'data');
  const stamp = readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const { mtimeMs, size } = statSync(path);
      return `${path}:${mtimeMs}:${size}`;
    })
    .sort()
    .join('\n');
  if (cached?.root !== root || cached.stamp !== stamp) {
    let data: ReferenceData | undefined;
    try {
      const tables = loadDatasets(dataDir, root);
      const provinces = tables.get(PROVINCES_ID);
      data = { tables, provinces: provinces ? provinceNamesOf(provinces.rows) : undefined };
    } catch {
      data = undefined;
    }
    cached = { root, stamp, data };
  }
  return cached.data;
}
