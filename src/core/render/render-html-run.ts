import type { Element, Root as HastRoot } from 'hast';
import type { Nodes, Root } from 'mdast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { Block } from '../read/build-section-tree.ts';
import { cloneAsTextSafe, isOutsideLink } from './clone-as-text-safe.ts';
import { jsx, type FlowContent } from './mdx-nodes.ts';
import type { RenderContext } from './render-blocks.ts';
import { walkNodes } from '../walk-nodes.ts';

/**
 * What HTML from an agent file may keep: GitHub's allowlist (no `<script>`, `<iframe>`,
 * `<object>`, event handlers or `javascript:` URLs), plus `<details open>`.
 */
const schema: Schema = {
  ...defaultSchema,
  attributes: { ...defaultSchema.attributes, details: [...(defaultSchema.attributes?.['details'] ?? []), 'open'] },
};

const voidTags = new Set(['br', 'hr', 'img', 'input', 'wbr', 'meta', 'link', 'source', 'area', 'col', 'embed', 'param', 'track']);

/** Whether a block holds raw HTML, as a block of its own or inline. */
export function holdsHtml(block: Block): boolean {
  return !walkNodes([block.node], (node) => (node.type === 'html' ? 'stop' : undefined));
}

/** How many tags the raw HTML in a block opens and leaves open (negative when it closes more). */
function openTags(block: Block): number {
  let depth = 0;
  walkNodes([block.node], (node) => {
    if (node.type !== 'html') return;
    for (const [, closing, name, selfClosing] of node.value.matchAll(/<(\/?)([a-z][a-z0-9-]*)\b[^>]*?(\/?)>/giu)) {
      if (voidTags.has(name!.toLowerCase()) || selfClosing) continue;
      depth += closing ? -1 : 1;
    }
  });
  return depth;
}

/**
 * How many blocks from `start` belong to one piece of HTML: a `<details>` opened in one block
 * and closed blocks later takes the Markdown between with it.
 */
export function htmlRunLength(blocks: Block[], start: number): number {
  let depth = openTags(blocks[start]!);
  let end = start + 1;
  while (depth > 0 && end < blocks.length) {
    depth += openTags(blocks[end]!);
    end += 1;
  }
  return end - start;
}

/**
 * Renders blocks that hold raw HTML as sanitised HTML: Markdown and HTML together become one
 * tree (`hast-util-raw`), then everything not on the allowlist is dropped. Agent content is
 * data: nothing from it runs in a reader's browser.
 */
export function renderHtmlRun(blocks: Block[], context: RenderContext): FlowContent[] {
  for (const block of blocks) {
    if (block.node.type === 'list') for (const item of block.node.children) context.placements.place(item);
    context.placements.place(block.node);
  }
  let html: string;
  try {
    html = cleanHtml(blocks);
  } catch (error) {
    // Tags nested thousands deep overflow the stack of the HTML tools, which recurse: the run
    // is shown as the text it is.
    if (!(error instanceof RangeError)) throw error;
    return cloneAsTextSafe({ type: 'root', children: blocks.map((block) => block.node) } as Root).children as FlowContent[];
  }
  return html === '' || html === '<p></p>' ? [] : [jsx('RawHtml', { html })];
}

/** The run as sanitised HTML. */
function cleanHtml(blocks: Block[]): string {
  const tree = toHast({ type: 'root', children: blocks.map((block) => block.node) } as Nodes, { allowDangerousHtml: true }) as HastRoot;
  const clean = sanitize(raw(tree), schema) as HastRoot;
  // Links from agent files never send the handbook's address along; those that cannot work
  // here (relative paths to the agent's own files) lose their address.
  visit(clean, 'element', (element: Element) => {
    if (element.tagName === 'img' && !/^https:/iu.test(String(element.properties['src'] ?? ''))) delete element.properties['src'];
    if (element.tagName !== 'a') return;
    element.properties['rel'] = ['noopener', 'noreferrer'];
    const href = element.properties['href'];
    if (typeof href === 'string' && !isOutsideLink(href) && !href.startsWith('#')) delete element.properties['href'];
  });
  return toHtml(clean).trim();
}
