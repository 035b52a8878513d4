import type { BlockContent, DefinitionContent, Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

export type FlowContent = RootContent;

/** Builds `<Name attr="…">children</Name>` as an mdast MDX node; values are escaped when emitted. */
export function jsx(
  name: string,
  attributes: Record<string, string | number | undefined>,
  children: Array<BlockContent | DefinitionContent | RootContent> = [],
): MdxJsxFlowElement {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([attrName, value]) => ({ type: 'mdxJsxAttribute', name: attrName, value: String(value) }));
  return { type: 'mdxJsxFlowElement', name, attributes: attrs, children: children as MdxJsxFlowElement['children'] };
}

export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function heading(depth: number, value: string): Heading {
  return { type: 'heading', depth: Math.min(Math.max(depth, 2), 6) as 2 | 3 | 4 | 5 | 6, children: [text(value)] };
}

export function link(url: string, ...children: PhrasingContent[]): PhrasingContent {
  return { type: 'link', url, children };
}

/**
 * Appends nodes one by one. `target.push(...nodes)` passes every node as an argument, and past
 * about 100,000 of them (a section of one-line paragraphs in a large file) overflows the stack.
 */
export function appendNodes<T>(target: T[], nodes: readonly T[]): T[] {
  for (const node of nodes) target.push(node);
  return target;
}
