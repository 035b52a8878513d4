import type { PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { escapeHtml } from '../emit/escape-for-context.ts';
import { text } from './mdx-nodes.ts';

/**
 * What a link to a language's page says after the language's name, for screen readers and
 * search engines, hidden on screen: out of context a link that says "Go" reads as a verb, and
 * one that says "Go language" does not.
 */
export const languageLinkSuffix = ' language';

/** The class that hides text on screen and keeps it for screen readers (Starlight's). */
export const hiddenTextClass = 'sr-only';

/** A language link's text: the language's name, then the hidden suffix. */
export function languageLinkText(label: string): PhrasingContent[] {
  const hidden: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: hiddenTextClass }],
    children: [text(languageLinkSuffix) as MdxJsxTextElement['children'][number]],
  };
  return [text(label), hidden];
}

/** The same as HTML, for a component that renders its title as HTML (Starlight's LinkCard). */
export function languageLinkHtml(label: string): string {
  return `${escapeHtml(label)}<span class="${hiddenTextClass}">${languageLinkSuffix}</span>`;
}
