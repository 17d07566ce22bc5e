import { readdirSync } from 'node:fs';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { closest } from '../text/closest.ts';

interface JsxElement extends Node {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

/**
 * A remark plugin that checks every `<Chart id="…" />` of an MDX file against the chart specs
 * in `chartDir`: an unknown id fails the build naming the file, the line and the closest id.
 * Specs are listed per file, so a chart added while `astro dev` runs is found.
 */
export function remarkChartIds({ chartDir }: { chartDir: string }) {
  return (tree: Root, file: VFile) => {
    const ids = readdirSync(chartDir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.slice(0, -'.yaml'.length));
    visit(tree, (node: Node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as JsxElement;
      if (element.name !== 'Chart') return;
      const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (typeof id !== 'string') {
        file.fail('<Chart> needs a literal id, e.g. <Chart id="ban-do-ty-le-ho-ngheo-2006-2016" />', node);
      } else if (!ids.includes(id)) {
        const suggestion = closest(id, ids);
        file.fail(
          `<Chart id="${id}">: no chart has this id. ${suggestion ? `Did you mean "${suggestion}"? ` : ''}Chart ids are the file names in src/content/charts/.`,
          node,
        );
      }
    });
  };
}
