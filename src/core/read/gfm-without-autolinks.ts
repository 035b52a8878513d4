import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';

/**
 * What GFM (as remark-gfm parses it) can make of a text: bare URLs, `www.` addresses and e-mail
 * addresses become links, and `[^…]` footnotes. A text with none of these gives the same tree
 * with or without GFM's literal autolinks and footnotes, whose tokenizers cost some 40% of a
 * parse because they look at every character.
 */
const autolinkOrFootnote = /https?:\/\/|www\.|mailto:|xmpp:|\[\^|[\w.+-]@[\w-]+\./iu;

/** Whether a text needs GFM's literal autolinks or footnotes to parse as GFM does. */
export function needsAutolinksOrFootnotes(text: string): boolean {
  return autolinkOrFootnote.test(text);
}

/**
 * A remark plugin for GFM's tables, task lists and strikethrough, in the order remark-gfm adds
 * them: for texts that `needsAutolinksOrFootnotes` says have no autolinks or footnotes.
 */
export function remarkGfmWithoutAutolinks(this: Processor): void {
  const data = this.data();
  const micromarkExtensions = (data.micromarkExtensions ??= []);
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= []);
  micromarkExtensions.push(gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  fromMarkdownExtensions.push([gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]);
}
