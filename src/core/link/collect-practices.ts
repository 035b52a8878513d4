import { slug } from 'github-slugger';
import type { List, ListItem } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { walkSections, type Block } from '../read/build-section-tree.ts';
import type { ClassifiedSection } from '../classify/classify-section.ts';
import type { TermItem } from './detect-term-list.ts';
import { readPracticeList } from './read-practice-list.ts';
import type { AgentModel } from '../handbook-page.ts';
import { practiceKey } from './practice-key.ts';
import { refinePracticeKeys } from './refine-practice-keys.ts';
import { assignPlainPracticeKeys } from './plain-practice-keys.ts';
import { containsWords, normaliseWords } from '../classify/normalise-words.ts';
import { standaloneHeading, topicLabel } from '../plan/section-labels.ts';
import type { Taxonomy } from '../classify/taxonomy.ts';
import { readerMarkdownExtensions } from '../emit/markdown-extensions.ts';

/** Whether a `- **Term**: …` list under these headings lists tools rather than practices. */
export function isToolList(trail: string[], taxonomy: Taxonomy): boolean {
  const words = normaliseWords(trail[trail.length - 1] ?? '');
  return taxonomy.toolTableHeadings.some((heading) => containsWords(words, normaliseWords(heading)));
}

/** Whether a section's heading calls its lists a checklist ("Quality Checklist", "Review checklist:", "체크리스트"). */
export function callsItselfChecklist(section: { heading: string | null }, taxonomy: Taxonomy): boolean {
  if (section.heading === null) return false;
  const words = normaliseWords(section.heading);
  return taxonomy.practices.checklistWords.some((word) => {
    const normalised = normaliseWords(word);
    return /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(normalised) ? words.includes(normalised) : containsWords(words, normalised);
  });
}

/** One item of a list of practices, with the id it keeps as the agent file changes around it. */
export interface PracticeItem {
  /** `agent/topic[/language]/term-slug`, e.g. `backend-engineer/security/sql-injection`. */
  id: string;
  term: string;
  /** The advice as Markdown, for "Copy as Markdown": for a plain item, the item's first paragraph. */
  adviceMarkdown: string;
  /** Whether the item has no bold term: its term is its leading phrase, and it shows as written. */
  plain: boolean;
  /** The advice as plain text. */
  advice: string;
  checklist: PracticeChecklist;
  /** The matching key (`practice-key.ts`); `null` when the term is too generic to link. */
  key: string | null;
  node: ListItem;
  /** The item as read from the list: its advice and any further content, for rendering. */
  source: TermItem;
}

/** A list of practice items: a checklist, or a table of tools. */
export interface PracticeChecklist {
  /** `agent/topic[/language]/title-slug`. */
  id: string;
  kind: 'checklist' | 'tools';
  title: string;
  agent: AgentModel;
  section: ClassifiedSection;
  block: Block;
  items: PracticeItem[];
}

/** Every practice of every agent, with lookups from the source nodes the renderer meets. */
export interface PracticeIndex {
  checklists: PracticeChecklist[];
  items: PracticeItem[];
  byList: Map<List, PracticeChecklist>;
  byItem: Map<ListItem, PracticeItem>;
}

/**
 * Finds every term list of every agent and gives it and its items stable ids.
 *
 * An item's id is its agent, topic, language (when it has one) and term slug. It does not
 * depend on the item's position or advice, so it survives reordering, insertions elsewhere and
 * edits to the advice. Items whose ids would be equal are told apart by their checklist's title
 * slug (`…/error-handling--go-best-practices`), and, within one checklist, by their count
 * (`…/testing--2`): both are independent of the order of the lists.
 */
export function collectPractices(agents: AgentModel[], taxonomy: Taxonomy): PracticeIndex {
  const checklists: PracticeChecklist[] = [];
  for (const agent of agents) {
    for (const section of walkSections(agent.sections)) {
      const trail = section.heading === null ? section.trail : [...section.trail, section.heading];
      // Where the agent speaks of itself, its lists describe it (its steps, its outputs): they
      // are practices only where the file calls them a checklist.
      if (section.topic === null && !section.definitionOfDone && !callsItselfChecklist(section, taxonomy)) continue;
      for (const block of section.blocks) {
        if (block.node.type !== 'list') continue;
        const terms = readPracticeList(block.node);
        if (terms.length === 0) continue;
        const title = standaloneHeading(section, taxonomy) ?? (section.topic ? topicLabel(section.topic, taxonomy) : 'List');
        const checklist: PracticeChecklist = {
          id: [agent.slug, placeOf(section), section.language, slug(title) || 'list'].filter(Boolean).join('/'),
          // A list of tools (`- **Testing**: testify, gomock` under "Ecosystem") is a table of them, not advice to tick.
          kind: isToolList(trail, taxonomy) && terms.every((term) => !term.plain) ? 'tools' : 'checklist',
          title,
          agent,
          section,
          block,
          items: [],
        };
        checklist.items = terms.map((term) => toPracticeItem(term, checklist, taxonomy));
        checklists.push(checklist);
      }
    }
  }
  assignPlainPracticeKeys(checklists.flatMap((checklist) => checklist.items), taxonomy, (term) => practiceKey(term, taxonomy.practices));
  refinePracticeKeys(checklists, agents, taxonomy.practices);
  disambiguate(checklists.map((checklist) => ({ target: checklist, qualifier: checklist.section.trail.at(-1) ?? 'top' })));
  const items = checklists.flatMap((checklist) => checklist.items);
  disambiguate(items.map((item) => ({ target: item, qualifier: slug(item.checklist.title) })));
  return {
    checklists,
    items,
    byList: new Map(checklists.map((checklist) => [checklist.block.node as List, checklist])),
    byItem: new Map(items.map((item) => [item.node, item])),
  };
}

function toPracticeItem(term: TermItem, checklist: PracticeChecklist, taxonomy: Taxonomy): PracticeItem {
  const paragraph = { type: 'paragraph' as const, children: term.advice };
  const base = [checklist.agent.slug, placeOf(checklist.section), checklist.section.language, slug(term.term) || 'item'];
  return {
    id: base.filter(Boolean).join('/'),
    term: term.term,
    adviceMarkdown: toMarkdown(paragraph, { extensions: readerMarkdownExtensions }).trim(),
    plain: term.plain === true,
    advice: toString(paragraph).trim(),
    checklist,
    key: practiceKey(term.term, taxonomy.practices),
    node: term.item,
    source: term,
  };
}

/** The part of a practice id that says where it stands: its topic, or `done` for the definition of done. */
function placeOf(section: ClassifiedSection): string {
  return section.topic ?? 'done';
}

/** Appends `--qualifier` to ids that collide, then `--2`, `--3`… to any that still do. */
function disambiguate(entries: Array<{ target: { id: string }; qualifier: string }>): void {
  const count = (list: typeof entries) => {
    const counts = new Map<string, number>();
    for (const { target } of list) counts.set(target.id, (counts.get(target.id) ?? 0) + 1);
    return counts;
  };
  const first = count(entries);
  for (const entry of entries) {
    if ((first.get(entry.target.id) ?? 0) > 1) entry.target.id = `${entry.target.id}--${slug(entry.qualifier)}`;
  }
  const seen = new Map<string, number>();
  const second = count(entries);
  for (const { target } of entries) {
    if ((second.get(target.id) ?? 0) < 2) continue;
    const n = (seen.get(target.id) ?? 0) + 1;
    seen.set(target.id, n);
    if (n > 1) target.id = `${target.id}--${n}`;
  }
}
