import type { List, PhrasingContent } from 'mdast';
import type { PracticeIndex, PracticeItem } from '../link/collect-practices.ts';
import { pageIds, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import type { PracticePlace } from '../link/link-practices.ts';
import { appendNodes, heading, link, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { cutIntoParts, gatheringPartFrontmatter, partsNavigation, partTitle } from './page-parts.ts';
import { normaliseWords } from '../classify/normalise-words.ts';
import { languageLabel, topicLabel } from './section-labels.ts';

/** One collator for the whole sort: `localeCompare` with options makes one per comparison. */
const byTerm = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * Every practice from A to Z, with each place it appears and its topic and language; cut into
 * several pages, between letters, when it outgrows the page budget.
 */
export function planPracticesPages(model: HandbookModel, index: PracticeIndex, places: Map<string, PracticePlace>): HandbookPage[] {
  const groups = new Map<string, PracticeItem[]>();
  for (const item of index.items) {
    if (!places.has(item.id)) continue;
    const key = item.key ?? `=${normaliseWords(item.term)}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(item);
  }
  const entries = [...groups.values()]
    .map((items) => ({ term: items[0]!.term, items }))
    .sort((a, b) => byTerm.compare(a.term, b.term));

  // A heading and a list per initial letter.
  const letters: Array<{ letter: string; nodes: FlowContent[] }> = [];
  for (const entry of entries) {
    const initial = initialOf(entry.term);
    if (letters.at(-1)?.letter !== initial) letters.push({ letter: initial, nodes: [heading(2, initial), { type: 'list', ordered: false, spread: false, children: [] }] });
    (letters.at(-1)!.nodes[1] as List).children.push({
      type: 'listItem',
      spread: false,
      children: [
        paragraph({ type: 'strong', children: [text(entry.term)] }),
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: entry.items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(...placeOf(item, places, model))] })),
        },
      ],
    });
  }
  const { pages: split, parts } = cutIntoParts(letters, pageIds.practices, (group) => group.letter, true);
  return split.map((groupsOnPage, position): HandbookPage => {
    const body: FlowContent[] = [
      paragraph(text(`${entries.length} practices, each with every place it appears. Practices that are the same under different names ("N+1 Prevention", "N+1 Queries") are listed once.`)),
    ];
    if (parts.length > 1) body.push(partsNavigation(parts, position, model.base));
    for (const group of groupsOnPage) appendNodes(body, group.nodes);
    return {
      id: parts[position]!.id,
      kind: 'practices',
      title: partTitle('Practices A–Z', position, parts.length),
      description: 'Every practice in the handbook from A to Z, with each place it appears.',
      order: 1,
      frontmatter: gatheringPartFrontmatter(position),
      body,
    };
  });
}

function initialOf(term: string): string {
  const first = [...term.trim()][0] ?? '#';
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase('en') : '#';
}

function placeOf(item: PracticeItem, places: Map<string, PracticePlace>, model: HandbookModel): PhrasingContent[] {
  const place = places.get(item.id)!;
  const { topic, language } = item.checklist.section;
  const facets = [topic ? topicLabel(topic, model.taxonomy) : 'Definition of done', language ? languageLabel(language, model.taxonomy) : null].filter(Boolean).join(' · ');
  const agent = model.agents.length > 1 ? `, ${item.checklist.agent.label}` : '';
  return [link(place.url, text(place.label)), text(` (${facets}${agent})`)];
}
