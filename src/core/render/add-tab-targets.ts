import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit, EXIT } from 'unist-util-visit';
import type { HandbookPage } from '../handbook-page.ts';
import { jsx } from './mdx-nodes.ts';

/** A page with tabs, with the component that opens the tab a link leads into; other pages as they are. */
export function addTabTargets(page: HandbookPage): HandbookPage {
  let tabs = false;
  visit({ type: 'root', children: page.body } as never, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'Tabs') return undefined;
    tabs = true;
    return EXIT;
  });
  return tabs ? { ...page, body: [...page.body, jsx('TabTargets', {})] } : page;
}
