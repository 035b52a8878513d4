import type { Nodes, Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { HandbookPage } from '../handbook-page.ts';
import { escapeLineStarts } from './escape-line-starts.ts';
import { narrowEscapes } from './narrow-escapes.ts';
import { isHighlighted } from '../plan/code-weight.ts';
import { highlighterLanguage } from '../render/highlighter-languages.ts';

/** Components that come with Starlight. */
const starlightComponents = new Set(['Tabs', 'TabItem', 'FileTree', 'LinkCard', 'CardGrid', 'Card', 'Badge', 'Aside']);

/**
 * Made once: the serialiser caches its compiled escaping patterns on these objects. An attribute
 * value takes the quote it holds least of: JSON in `"…"` spent six bytes on each of its quotes.
 */
const extensions = [gfmToMarkdown(), mdxToMarkdown({ quoteSmart: true }), escapeLineStarts, narrowEscapes];

export interface EmitOptions {
  /** Module specifier, as seen from the page file, of the handbook's own components. */
  componentsModule: string;
}

/**
 * Writes a page as MDX: YAML frontmatter, component imports, and the body serialised from mdast,
 * so that text from agent files is escaped for MDX (`{`, `<`) and never read as code.
 */
export function emitMdx(page: HandbookPage, options: EmitOptions): string {
  const { sidebar, ...rest } = (page.frontmatter ?? {}) as { sidebar?: Record<string, unknown> };
  const frontmatter = {
    title: page.title,
    description: page.description,
    // The page's place in its sidebar group, with whatever else the page sets for its sidebar entry.
    ...(page.order === undefined && !sidebar ? {} : { sidebar: { ...(page.order === undefined ? {} : { order: page.order }), ...sidebar } }),
    ...rest,
    handbook: {
      kind: page.kind,
      ...(page.language ? { language: page.language } : {}),
      ...(page.topic ? { topic: page.topic } : {}),
      ...(page.agent ? { agent: page.agent } : {}),
    },
  };
  const used = new Set<string>();
  const root: Root = { type: 'root', children: page.body.map((node) => forMdx(node, used)) };
  const fromStarlight = [...used].filter((name) => starlightComponents.has(name)).sort();
  const fromHandbook = [...used].filter((name) => !starlightComponents.has(name)).sort();
  const imports = [
    fromStarlight.length > 0 ? `import { ${fromStarlight.join(', ')} } from '@astrojs/starlight/components';` : '',
    fromHandbook.length > 0 ? `import { ${fromHandbook.join(', ')} } from '${options.componentsModule}';` : '',
  ].filter(Boolean);
  const markdown = toMarkdown(root, { extensions, bullet: '-', rule: '-' });
  return `---\n${stringify(frontmatter).trimEnd()}\n---\n\n${imports.length > 0 ? `${imports.join('\n')}\n\n` : ''}${markdown}`;
}

/**
 * A node as the page's MDX needs it, the page's own left as it is: copies of the nodes that hold
 * components (and of those above them), each component's name noted in `used`.
 */
function forMdx<Node extends Nodes>(node: Node, used: Set<string>): Node {
  // A block too heavy to colour token by token is shown as plain text (`code-weight.ts`).
  // A language Shiki does not know is shown as text too, and "Python" as `python` (`highlighter-languages.ts`).
  if (node.type === 'code' && node.lang) {
    const lang = isHighlighted(node) ? highlighterLanguage(node.lang) : 'text';
    return lang === node.lang ? node : { ...node, lang };
  }
  if (!('children' in node)) return node;
  const children = joinTexts((node.children as Nodes[]).map((child) => forMdx(child, used)));
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return { ...node, children };
  // A lowercase name is an HTML element, and Fragment is Astro's own: neither needs an import.
  if (node.name && !/^[a-z]/u.test(node.name) && node.name !== 'Fragment') used.add(node.name);
  // MDX decodes character references in attribute values ("&lt;" becomes "<"), and the
  // serialiser leaves "&" as it is: encode it, so that every value arrives exactly as given.
  const attributes = node.attributes.map((attribute) =>
    attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? { ...attribute, value: attribute.value.replaceAll('&', '&amp;') } : attribute,
  );
  return { ...node, attributes, children };
}

/**
 * Children with each run of texts side by side made one text. The serialiser escapes each text
 * on its own, seeing a character on either side: "ex" and "port …", left beside each other where
 * a link that cannot work became its text, would write `export …` at a line's start unescaped.
 */
function joinTexts(children: Nodes[]): Nodes[] {
  const joined: Nodes[] = [];
  for (const child of children) {
    const last = joined.at(-1);
    if (child.type === 'text' && last?.type === 'text') joined[joined.length - 1] = { type: 'text', value: last.value + child.value, ...(last.position ? { position: last.position } : {}) };
    else joined.push(child);
  }
  return joined;
}
