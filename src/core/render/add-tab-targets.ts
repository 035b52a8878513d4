import { walkNodes } from '../walk-nodes.ts';
import type { HandbookPage } from '../handbook-page.ts';
import { jsx } from './mdx-nodes.ts';

/** A page with tabs, with the component that opens the tab a link leads into; other pages as they are. */
export function addTabTargets(page: HandbookPage): HandbookPage {
  const tabs = !walkNodes(page.body, (node) => (node.type === 'mdxJsxFlowElement' && node.name === 'Tabs' ? 'stop' : undefined));
  return tabs ? { ...page, body: [...page.body, jsx('TabTargets', {})] } : page;
}
