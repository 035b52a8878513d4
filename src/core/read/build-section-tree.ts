import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A top-level Markdown node of the agent body (paragraph, list, code, table, …), with where it came from. */
export interface Block {
  node: RootContent;
  line: number;
  endLine: number;
}

/** A heading and everything under it, down to the next heading of the same or a higher level. */
export interface Section {
  /** Heading text; `null` for the text before the first heading. */
  heading: string | null;
  /** Heading depth 1–6; 1 for the text before the first heading. */
  depth: number;
  line: number;
  blocks: Block[];
  children: Section[];
  /** Whether the heading is a line of text over a list ("Query optimization:"), not a Markdown heading: see `split-pseudo-headings.ts`. */
  pseudo?: boolean;
}

/**
 * Splits an mdast body into nested sections at its headings. The text before the first heading
 * is a section that starts at `bodyLine`, the body's first line, when given.
 */
export function buildSectionTree(body: Root, bodyLine?: number): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  let intro: Section | undefined;

  for (const node of body.children) {
    if (node.type === 'heading') {
      const section = headingSection(node);
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= section.depth) stack.pop();
      const parent = stack[stack.length - 1];
      (parent ? parent.children : roots).push(section);
      stack.push(section);
      continue;
    }
    const block = toBlock(node);
    const current = stack[stack.length - 1];
    if (current) {
      current.blocks.push(block);
    } else {
      if (!intro) {
        intro = { heading: null, depth: 1, line: Math.min(bodyLine ?? block.line, block.line), blocks: [], children: [] };
        roots.push(intro);
      }
      intro.blocks.push(block);
    }
  }
  return roots;
}

function headingSection(node: Heading): Section {
  return {
    heading: toString(node).trim(),
    depth: node.depth,
    line: node.position?.start.line ?? 1,
    blocks: [],
    children: [],
  };
}

function toBlock(node: RootContent): Block {
  return { node, line: node.position?.start.line ?? 1, endLine: node.position?.end.line ?? 1 };
}

/** Every section of a tree, parents before children. */
export function* walkSections<S extends { children: S[] }>(sections: S[]): Generator<S> {
  for (const section of sections) {
    yield section;
    yield* walkSections(section.children);
  }
}

/** The last source line of a section, its subsections included. */
export function sectionEndLine(section: Section): number {
  // The last block or subsection ends last: no need to look at, or spread, all of them.
  const lastChild = section.children.at(-1);
  return Math.max(section.line, section.blocks.at(-1)?.endLine ?? 0, lastChild ? sectionEndLine(lastChild) : 0);
}
