import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Properties, Root as HastRoot, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { relative, sep } from 'node:path';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { DataValidationError, issue, type DataIssue } from '../data/issues.ts';
import type { PropValue } from '../stories/dataReference.ts';
import { isSyntaxError, mdxSyntaxIssue } from './mdxErrors.ts';
import { esmImports, jsxProps, remarkStoryChecks, storyComponents, type JsxAttribute } from './remarkStoryChecks.ts';

/** A component a story may use, as the page renders it: its name and its (literal) props. */
export interface StoryComponentPart {
  component: string;
  props: Record<string, PropValue>;
}

/** A story's text as the page renders it: runs of HTML between the components the story uses. */
export type StoryPart = { html: string } | StoryComponentPart;

export interface StoryPartsOptions {
  /** The story's text, front matter blanked so that lines and columns are the file's. */
  text: string;
  /** The story file, absolute: `.mdx` is read as MDX, `.md` as Markdown with HTML. */
  path: string;
  /** The project root: files are named from it, and its `data/` holds the datasets. */
  root: string;
  /** The chart specs, `src/content/charts/`. */
  chartDir: string;
}

/** The MDX node types remark-rehype hands through untouched, for `storyParts` to turn into HTML or components. */
const mdxNodeTypes = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/**
 * A story turned into HTML, split at each component it uses (`<Chart>`, `<So>`, `<DataValue>`…),
 * so the page renders the components and pastes the HTML between them. The story is read as
 * Astro's MDX reads it (GFM, smart quotes, heading ids) and checked by `remarkStoryChecks`, with
 * every problem of the file reported at once, at its line, in Vietnamese.
 *
 * Stories are rendered here, per page, rather than compiled by Vite as modules: a compiled story
 * stays in the build's memory to the end, so memory grew with the archive (issue 14), and a new
 * story made Vite bundle every story again.
 *
 * @example await storyParts({ text: 'Tỷ lệ là <So bo="poverty" tinh="Lai Châu" nam="2006" />.', path, root, chartDir })
 * // [{ html: '<p>Tỷ lệ là ' }, { component: 'So', props: { bo: 'poverty', tinh: 'Lai Châu', nam: '2006' } }, { html: '.</p>' }]
 */
export async function storyParts({ text, path, root, chartDir }: StoryPartsOptions): Promise<StoryPart[]> {
  const file = relative(root, path).split(sep).join('/');
  const mdx = path.endsWith('.mdx');
  const processor = mdx ? mdxProcessor(chartDir, root) : markdownProcessor;
  const vfile = new VFile({ value: text, path });
  let tree: HastRoot;
  try {
    tree = (await processor.run(processor.parse(vfile), vfile)) as HastRoot;
  } catch (error) {
    if (error instanceof DataValidationError || !isSyntaxError(error)) throw error;
    throw new DataValidationError([mdxSyntaxIssue(error, file)]);
  }
  const components: StoryComponentPart[] = [];
  const issues: DataIssue[] = [];
  const marked = withComponentMarks(tree, components, (node, key, values) =>
    issues.push(issue({ file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }, key, values)),
  );
  if (issues.length > 0) throw new DataValidationError(issues);
  const parts: StoryPart[] = [];
  // Named references (`&amp;`) and no blank lines around the text, as Astro's MDX wrote them.
  const html = toHtml(marked, { characterReferences: { useNamedReferences: true } }).trim();
  html.split(MARK).forEach((html, i) => {
    if (html !== '') parts.push({ html });
    if (i < components.length) parts.push(components[i]);
  });
  return parts;
}

/** A `.md` story: Markdown with HTML, as Astro reads it. */
const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkSmartypants)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeHeadingIds);

const mdxProcessors = new Map<string, ReturnType<typeof createMdxProcessor>>();

/** An `.mdx` story's processor, made once per project: it parses and checks, then turns to HTML with the MDX nodes kept. */
function mdxProcessor(chartDir: string, root: string) {
  const key = `${root}\u0000${chartDir}`;
  let processor = mdxProcessors.get(key);
  if (!processor) mdxProcessors.set(key, (processor = createMdxProcessor(chartDir, root)));
  return processor;
}

const createMdxProcessor = (chartDir: string, root: string) =>
  unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(remarkStoryChecks, { chartDir, root })
    .use(remarkRehype, { passThrough: mdxNodeTypes } as RemarkRehypeOptions)
    .use(rehypeHeadingIds);

/** Stands for a component in the HTML; a control character, which no story text can hold (storyFileIssues refuses them). */
const MARK = '\u0001';

type Report = (
  node: { position?: { start: { line: number; column: number } } },
  key: 'story.expression' | 'story.import',
  values?: Record<string, string>,
) => void;

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: RootContent[];
  value?: string;
  data?: { estree?: { body: unknown[]; comments?: unknown[] } };
  position?: { start: { line: number; column: number } };
}

/**
 * The tree with each story component replaced by `MARK` (its props pushed to `components`, in
 * order), lowercase JSX turned into HTML elements, `{/* comments *\/}` and the story's own
 * `import` of a story component dropped. Any other expression or import is reported: a story
 * renders no code.
 */
function withComponentMarks(tree: HastRoot, components: StoryComponentPart[], report: Report): HastRoot {
  const convert = (nodes: readonly RootContent[]): RootContent[] =>
    nodes.flatMap((node): RootContent[] => {
      const mdx = node as unknown as MdxNode;
      switch (mdx.type) {
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = mdx.name ?? '';
          if (storyComponents.includes(name)) {
            components.push({ component: name, props: jsxProps(mdx.attributes ?? []) });
            return [{ type: 'text', value: MARK }];
          }
          // remarkStoryChecks has refused capitalised names that are not story components.
          const attributes = mdx.attributes ?? [];
          if (Object.keys(jsxProps(attributes)).length < attributes.length) report(mdx, 'story.expression');
          const element: Element = {
            type: 'element',
            tagName: name,
            properties: htmlProperties(attributes),
            children: convert(mdx.children ?? []) as ElementContent[],
          };
          return [element];
        }
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if ((mdx.data?.estree?.body.length ?? 0) > 0) report(mdx, 'story.expression');
          return [];
        case 'mdxjsEsm': {
          // Older stories import `Chart` themselves; any other import or code is reported.
          const { names, onlyImports } = esmImports(mdx);
          if (!onlyImports || !names.every((name) => storyComponents.includes(name))) report(mdx, 'story.import');
          return [];
        }
        default:
          if ('children' in node) (node as { children: RootContent[] }).children = convert(node.children);
          return [node];
      }
    });
  return { ...tree, children: convert(tree.children) };
}

/** An element's attributes written out (`<abbr title="…">`); the others are reported as expressions. */
function htmlProperties(attributes: readonly JsxAttribute[]): Properties {
  const properties: Properties = {};
  for (const [name, value] of Object.entries(jsxProps(attributes))) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') properties[name] = value;
  }
  return properties;
}
