import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, test } from 'vitest';
import { blockText } from '../../src/core/block-text.ts';

describe('the text of a block', () => {
  test('keeps list items, paragraphs and quotes apart, and runs inline text on', () => {
    expect(blockText(fromMarkdown('- Kubernetes *cluster* inventory\n- Least privilege\n\nPara **one**.\n\n> quote'))).toBe('Kubernetes cluster inventory\nLeast privilege\nPara one.\nquote');
  });

  test('gives images their alt text and leaves raw HTML out unless asked', () => {
    const tree = fromMarkdown('A ![diagram](d.png) and <b>bold</b>\n\n<div>block</div>');
    expect(blockText(tree)).toBe('A diagram and bold');
    expect(blockText(tree, { includeHtml: true })).toBe('A diagram and <b>bold</b>\n<div>block</div>');
  });
});
