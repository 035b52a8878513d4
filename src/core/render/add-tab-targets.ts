import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit, EXIT } from 'unist-util-visit';
import type { HandbookPage } from '../handbook-page.ts';
import { jsx } from './mdx-nodes.ts';

/** Gives a page with tabs the component that opens the tab a link leads into. */
export function addTabTargets(page: HandbookPage): void {
  let tabs = false;
  visit({ type: 'root', children: page.body } as never, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'Tabs') return undefined;
    tabs = true;
    return EXIT;
  });
  if (tabs) page.body.push(jsx('TabTargets', {}));
}
