import type { List, Node } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { readHeading } from '../classify/read-heading.ts';
import type { PracticeChecklist, PracticeIndex, PracticeItem } from './collect-practices.ts';
import { pageIds, pageUrl, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import { jsx, link, paragraph, text } from '../render/mdx-nodes.ts';
import { definitionOfDoneGroup } from '../plan/plan-checklists-pages.ts';
import { normaliseWords } from '../classify/normalise-words.ts';
import { languageLinkText } from '../render/language-link.ts';
import { walkNodes } from '../walk-nodes.ts';

/** What `dist/checklists.json` holds. */
export interface ChecklistsFile {
  checklists: Array<{
    id: string;
    title: string;
    url: string;
    kind: 'checklist' | 'tools';
    /** `null` for the definition of done, which is on the agent's page. */
    topic: string | null;
    language: string | null;
    agent: string;
    items: string[];
  }>;
  items: Array<{
    id: string;
    term: string;
    advice: string;
    /** Whether the item has no bold term: `term` is its leading phrase, `advice` the item as written. */
    plain: boolean;
    checklist: string;
    url: string;
    /** The other items that are the same practice, up to `maxSamePlaces` (`find-same-practices.ts`). */
    links: string[];
    /** For definition-of-done items: the pages where the subject is treated. */
    treatedIn: string[];
  }>;
}

interface Placement {
  page: HandbookPage;
  anchor: string;
}

/** A link to one place: where it leads, and what it says. */
export interface PracticePlace {
  url: string;
  label: string;
  /** Whether it is a language's page, which its link says (`language-link.ts`). */
  language?: boolean;
}

export interface LinkedPractices {
  /** The pages with their links: new pages where links were added, the same pages elsewhere. */
  pages: HandbookPage[];
  /** For each page id, what the links added to it: the same text, the same links. */
  signatures: Map<string, string>;
  file: ChecklistsFile;
  /** The canonical place of each item, by item id. */
  places: Map<string, PracticePlace>;
}

/**
 * Cross-links the practices once every page is rendered and anchored: finds where each item and
 * checklist landed, picks its canonical place (its language page, else its topic page), adds
 * "Also in" links to every other item that is the same practice and, for the definition of done,
 * "Treated in" links to the pages on its subject. Returns the data of `checklists.json`.
 */
export function linkPractices(pages: HandbookPage[], index: PracticeIndex, model: HandbookModel, same: (item: PracticeItem) => PracticeItem[]): LinkedPractices {
  const { practice: itemPlacements, checklist: checklistPlacements } = collectPlacements(pages);
  const places = new Map<string, PracticePlace>();
  const checklistUrls = new Map<string, string>();
  const checklistHomes = new Map<string, string>();
  for (const checklist of index.checklists) {
    const at = canonical(checklistPlacements.get(checklist.id) ?? [], checklist);
    if (at) {
      checklistUrls.set(checklist.id, pageUrl(at.page.id, model.base, at.anchor));
      checklistHomes.set(checklist.id, at.page.id);
    }
    for (const item of checklist.items) {
      const itemAt = canonical(itemPlacements.get(item.id) ?? [], checklist);
      if (itemAt) places.set(item.id, { url: pageUrl(itemAt.page.id, model.base, itemAt.anchor), label: `${itemAt.page.title} › ${checklist.title}` });
    }
  }

  const sameAs = (item: PracticeItem): PracticeItem[] => (places.has(item.id) ? same(item).filter((other) => places.has(other.id)) : []);
  // One link per place: items shown as one (the same advice from several agents) share theirs,
  // and an item does not link to where it stands itself.
  const placesOf = (item: PracticeItem): PracticePlace[] => {
    const own = places.get(item.id)?.url;
    const seen = new Set(own ? [own] : []);
    return sameAs(item).flatMap((other) => {
      const place = places.get(other.id)!;
      if (seen.has(place.url)) return [];
      seen.add(place.url);
      return [place];
    });
  };
  const treatedIn = (item: PracticeItem): PracticePlace[] => (item.checklist.section.definitionOfDone ? subjectPages(item.term, model) : []);

  const byId = new Map(index.items.map((item) => [item.id, item]));
  const signatures = new Map<string, string>();
  // The pages as rendered stay as they are: where links go, the nodes on the way are copied.
  const linked = pages.map((page) => {
    const added: string[] = [];
    const body = mapElements(page.body, (node) => {
      // Search finds a list where it lives: its copies elsewhere (a language's tab on a topic page) are not indexed.
      const list = attribute(node, 'checklist');
      if (list && (node.name === 'Checklist' || node.name === 'ToolTable') && checklistHomes.has(list) && checklistHomes.get(list) !== page.id) {
        added.push(`-${list}`);
        return { ...node, attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: 'indexed', value: 'false' }] };
      }
      const item = byId.get(attribute(node, 'practice') ?? '');
      if (!item) return node;
      const also = placesOf(item);
      const treated = treatedIn(item);
      if (also.length === 0 && treated.length === 0) return node;
      added.push(JSON.stringify([item.id, treated, also]));
      return { ...node, children: [...node.children, ...(treated.length > 0 ? [linkList('Treated in', treated)] : []), ...(also.length > 0 ? [linkList('Also in', also)] : [])] };
    });
    signatures.set(page.id, added.join('\n'));
    return body === page.body ? page : { ...page, body };
  });

  return {
    pages: linked,
    signatures,
    places,
    file: {
      checklists: index.checklists.map((checklist) => ({
        id: checklist.id,
        title: checklist.title,
        url: checklistUrls.get(checklist.id) ?? '',
        kind: checklist.kind,
        topic: checklist.section.topic,
        language: checklist.section.language,
        agent: checklist.agent.slug,
        items: checklist.items.map((item) => item.id),
      })),
      items: index.items.map((item) => ({
        id: item.id,
        term: item.term,
        advice: item.advice,
        plain: item.plain,
        checklist: item.checklist.id,
        url: places.get(item.id)?.url ?? '',
        links: sameAs(item).map((other) => other.id),
        treatedIn: treatedIn(item).map((place) => place.url),
      })),
    },
  };
}

function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const found = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The items and lists a page body holds, with their anchors: kept per body, which a builder reuses while its page is unchanged. */
interface Anchored {
  key: 'practice' | 'checklist';
  id: string;
  anchor: string;
}
const anchorsByBody = new WeakMap<object, Anchored[]>();

/** Where each practice item and each list stands: its page and anchor, found in one walk over each page. */
function collectPlacements(pages: HandbookPage[]): Record<'practice' | 'checklist', Map<string, Placement[]>> {
  const placements = { practice: new Map<string, Placement[]>(), checklist: new Map<string, Placement[]>() };
  for (const page of pages) {
    let anchors = anchorsByBody.get(page.body);
    if (!anchors) {
      const found: Anchored[] = [];
      walkNodes(page.body, (node) => {
        if (node.type !== 'mdxJsxFlowElement') return;
        const anchor = attribute(node, 'id');
        if (!anchor) return;
        for (const key of ['practice', 'checklist'] as const) {
          const id = attribute(node, key);
          if (id) found.push({ key, id, anchor });
        }
        // Items shown as this one (the same advice from several agents) are here too.
        for (const id of (attribute(node, 'samePractices') ?? '').split(' ')) if (id) found.push({ key: 'practice', id, anchor });
      });
      anchorsByBody.set(page.body, (anchors = found));
    }
    for (const { key, id, anchor } of anchors) (placements[key].get(id) ?? placements[key].set(id, []).get(id)!).push({ page, anchor });
  }
  return placements;
}

/**
 * The nodes with `change` applied to every JSX element, at any depth, copying only the nodes on
 * the way to a changed element: the nodes given are left as they were.
 */
function mapElements<T extends Node>(nodes: T[], change: (node: MdxJsxFlowElement) => MdxJsxFlowElement): T[] {
  let out: T[] | undefined;
  nodes.forEach((node, position) => {
    let next: Node = node;
    if (node.type === 'mdxJsxFlowElement') next = change(node as unknown as MdxJsxFlowElement);
    if ('children' in next && Array.isArray(next.children)) {
      const children = mapElements(next.children as Node[], change);
      if (children !== next.children) next = { ...next, children } as Node;
    }
    if (next !== node) (out ??= [...nodes])[position] = next as T;
  });
  return out ?? nodes;
}

/**
 * Where a practice is at home: its language page, else its topic page (the agent's page for
 * the definition of done), else wherever it is.
 */
function canonical(placements: Placement[], checklist: PracticeChecklist): Placement | undefined {
  const { language, topic } = checklist.section;
  const preferred = [language ? pageIds.language(language) : null, topic ? pageIds.topic(topic) : pageIds.agent(checklist.agent.slug), pageIds.checklistsFor(topic ?? definitionOfDoneGroup)];
  for (const id of preferred) {
    const found = placements.find((placement) => placement.page.id === id);
    if (found) return found;
  }
  return placements[0];
}

/** The topic and language pages that treat the subject of a definition-of-done item. */
function subjectPages(term: string, model: HandbookModel): PracticePlace[] {
  const targets = model.taxonomy.practices.subjects[normaliseWords(term)] ?? readHeading(term, model.taxonomy).topics.slice(0, 1);
  return targets.flatMap((target): PracticePlace[] => {
    if (target === 'languages') {
      return model.languages.map((language) => ({ url: pageUrl(pageIds.language(language.slug), model.base), label: language.label, language: true }));
    }
    const topic = model.topics.find((entry) => entry.slug === target);
    return topic ? [{ url: pageUrl(pageIds.topic(topic.slug), model.base), label: topic.label }] : [];
  });
}

/** How many places an "Also in" shows before "and N more". */
export const shownPlaces = 3;

/** "Also in: A · B · C", then the rest folded under "and N more". */
function linkList(label: string, places: PracticePlace[]): MdxJsxFlowElement {
  const list = (shown: PracticePlace[]): List => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: shown.map((place) => ({ type: 'listItem', spread: false, children: [paragraph(link(place.url, ...(place.language ? languageLinkText(place.label) : [text(place.label)])))] })),
  });
  const rest = places.slice(shownPlaces);
  return jsx('PracticeLinks', { label }, [list(places.slice(0, shownPlaces)), ...(rest.length > 0 ? [jsx('MorePlaces', { count: rest.length }, [list(rest)])] : [])]);
}
