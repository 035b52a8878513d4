import type { PhrasingContent, Root, RootContent } from 'mdast';
import fc from 'fast-check';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, test } from 'vitest';
import { narrowEscapes } from '../../src/core/emit/narrow-escapes.ts';

/** Text that is mostly Markdown's and MDX's special characters, with words, spaces, tabs and line breaks. */
const characters = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r', 'a', 'Z', '1', '9', 'é', 'ü', '中', '\u00a0', 'www.', 'http://'];
const textValue = fc.array(fc.constantFrom(...characters), { maxLength: 24 }).map((parts) => parts.join(''));
const text = textValue.map((value): PhrasingContent => ({ type: 'text', value }));

const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec<{ node: PhrasingContent }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    text,
    fc.array(tie('node'), { maxLength: 3 }).map((children): PhrasingContent => ({ type: 'emphasis', children })),
    fc.array(tie('node'), { maxLength: 3 }).map((children): PhrasingContent => ({ type: 'strong', children })),
    fc.array(tie('node'), { maxLength: 3 }).map((children): PhrasingContent => ({ type: 'delete', children })),
    fc.tuple(textValue, fc.array(tie('node'), { maxLength: 2 })).map(([url, children]): PhrasingContent => ({ type: 'link', url, children })),
    textValue.map((value): PhrasingContent => ({ type: 'inlineCode', value })),
  ),
})).node;

const block: fc.Arbitrary<RootContent> = fc.oneof(
  fc.array(phrasing, { minLength: 1, maxLength: 5 }).map((children): RootContent => ({ type: 'paragraph', children })),
  fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(phrasing, { maxLength: 4 })).map(([depth, children]): RootContent => ({ type: 'heading', depth: depth as 1, children })),
  fc.array(fc.array(phrasing, { maxLength: 3 }), { minLength: 1, maxLength: 3 }).map(
    (items): RootContent => ({ type: 'list', ordered: false, children: items.map((children) => ({ type: 'listItem', children: [{ type: 'paragraph', children }] })) }),
  ),
  fc.array(fc.array(phrasing, { maxLength: 3 }), { minLength: 1, maxLength: 3 }).map(
    (cells): RootContent => ({ type: 'table', children: [{ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) }] }),
  ),
  fc.array(phrasing, { minLength: 1, maxLength: 3 }).map((children): RootContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children }] })),
);

describe('escaping text against the patterns of its own characters', () => {
  test('gives the Markdown and MDX the serialiser gives, character for character', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (children) => {
        const tree: Root = { type: 'root', children };
        for (const extensions of [[gfmToMarkdown()], [gfmToMarkdown(), mdxToMarkdown()]]) {
          expect(toMarkdown(tree, { extensions: [...extensions, narrowEscapes], bullet: '-', rule: '-' })).toBe(toMarkdown(tree, { extensions, bullet: '-', rule: '-' }));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
