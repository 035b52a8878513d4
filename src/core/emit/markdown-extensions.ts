import { gfmToMarkdown } from 'mdast-util-gfm';
import { cjkFriendlyToMarkdown } from 'mdast-util-to-markdown-cjk-friendly';
import { narrowEscapes } from './narrow-escapes.ts';

/**
 * How Markdown for readers and tools is written (the Markdown exports, "Copy as Markdown"): GFM,
 * emphasis next to Chinese, Japanese and Korean text left as the author wrote it
 * (`**承認待ち。**次`, not `**承認待ち。**&#x6B21;`), and no escape a reader would not need.
 * Made once: the serialiser caches its compiled escaping patterns on these objects. The CJK
 * handlers come first: after GFM's, they would drop the `[ ]` of task items.
 */
export const readerMarkdownExtensions = [cjkFriendlyToMarkdown(), gfmToMarkdown(), narrowEscapes];
