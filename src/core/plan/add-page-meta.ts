import { basename } from 'node:path/posix';
import type { Nodes } from 'mdast';
import { blockText } from '../block-text.ts';
import { walkNodes } from '../walk-nodes.ts';
import type { HandbookModel, HandbookPage, PageKind } from '../handbook-page.ts';
import { jsx } from '../render/mdx-nodes.ts';
import { languageLabel, topicLabel } from './section-labels.ts';
import { describeRanges } from './source-ranges.ts';
import { pagefindFilterText } from '../emit/escape-for-context.ts';

/** Where the agent files live online, for edit links. */
export interface RepositoryOptions {
  /** @example 'https://github.com/acme/handbook' */
  url: string;
  /** @default 'main' */
  branch?: string;
}

/** What each kind of page is called in search results and filters. */
export const kindLabels: Record<PageKind, string> = {
  home: 'Home',
  language: 'Language',
  topic: 'Topic',
  agent: 'Agent',
  checklists: 'Checklists',
  practices: 'Index',
  onboarding: 'Onboarding',
  map: 'Map',
  index: 'Index',
  problems: 'Problems',
  'not-found': 'Not found',
};

const wordsPerMinute = 200;

/** Reading time in whole minutes, at least one: words of text, terms and code at 200 a minute. */
export function readingMinutes(page: HandbookPage): number {
  // The raw agent file on an agent's page is there to copy, not to read.
  const read = page.body.filter((node) => !(node.type === 'mdxJsxFlowElement' && node.name === 'AgentSource'));
  let text = blockText({ type: 'root', children: read } as Nodes);
  walkNodes(read, (node) => {
    if (node.type !== 'mdxJsxFlowElement') return;
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && (attribute.name === 'term' || attribute.name === 'title') && typeof attribute.value === 'string') text += ` ${attribute.value}`;
    }
  });
  const words = text.split(/\s+/u).filter(Boolean).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** A link that opens an agent file at the given lines. */
export function sourceUrl(repository: RepositoryOptions, file: string, [start, end]: [number, number]): string {
  const path = file.split('\\').map(encodeURIComponent).join('/').replaceAll('%2F', '/');
  return `${repository.url.replace(/\/+$/u, '')}/blob/${encodeURIComponent(repository.branch ?? 'main')}/${path}#L${start}-L${end}`;
}

/**
 * How many agent files a page's line of provenance lists, at most: a page that gathers the lists
 * of thousands of agents says how many more, and the lists' own pages say where each comes from.
 */
export const listedSources = 40;

/**
 * The page, opened with what it is: its reading time, the agent files and lines it comes from
 * (with edit links when a repository is configured), and the search facets and result label
 * Pagefind reads. The page given is left as it was. `minutes` is its reading time, when known.
 */
export function addPageMeta(page: HandbookPage, model: HandbookModel, repository?: RepositoryOptions, minutes = readingMinutes(page)): HandbookPage {
  if (page.kind === 'not-found') return page;
  const sources = (page.sources ?? []).slice(0, listedSources).map((source) => {
    const first = source.ranges[0]!;
    const last = source.ranges[source.ranges.length - 1]!;
    return {
      file: basename(source.agent.file.replaceAll('\\', '/')),
      path: source.agent.file,
      agent: source.agent.label,
      lines: describeRanges(source.ranges),
      ranges: source.ranges.length,
      ...(repository ? { url: sourceUrl(repository, source.agent.file, [first[0], last[1]]) } : {}),
    };
  });
  const agents = new Set([...(page.sources ?? []).map((source) => source.agent.label)]);
  const facets = {
    kind: [kindLabels[page.kind]],
    language: (page.language ? [page.language] : (page.languages ?? [])).map((language) => languageLabel(language, model.taxonomy)),
    topic: page.topic ? [topicLabel(page.topic, model.taxonomy)] : [],
    agent: [...agents],
  };
  // Pagefind's UI inserts filter values as HTML: each goes escaped for it.
  const filters = Object.entries(facets).flatMap(([name, values]) => values.map((value) => [name, pagefindFilterText(value)]));
  const meta = jsx('PageMeta', {
    minutes,
    sources: JSON.stringify(sources),
    moreSources: (page.sources?.length ?? 0) > listedSources ? String(page.sources!.length - listedSources) : undefined,
    filters: JSON.stringify(filters),
    label: `${page.title} · ${kindLabels[page.kind]}`,
  });
  return { ...page, readingMinutes: minutes, body: [meta, ...page.body] };
}
