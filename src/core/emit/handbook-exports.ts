import type { HandbookAsset } from '../build-handbook.ts';
import { pageIds, type AgentModel, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import { agentFileAsset } from '../plan/plan-agent-page.ts';
import { emitLlmsTxt, markdownPath } from './emit-llms-txt.ts';
import { emitMarkdown } from './emit-markdown.ts';

/**
 * The files the handbook offers besides its pages: `llms.txt`, each page as Markdown, and each
 * raw agent file. They are produced when asked for, not with the pages: a build writes them all
 * once, the dev server makes the one a reader opens.
 */
export interface HandbookExports {
  /** The path of every file, below the site's root (`llms.txt`, `languages/go/index.md`). */
  paths(): string[];
  /** One file, made now; `undefined` for a path that is not one of them. */
  get(path: string): HandbookAsset | undefined;
  /** Every file, made now. */
  all(): HandbookAsset[];
}

export function handbookExports(pages: HandbookPage[], agents: AgentModel[], model: HandbookModel, site: string | undefined): HandbookExports {
  if (agents.length === 0) return { paths: () => [], get: () => undefined, all: () => [] };
  const makers = new Map<string, () => string>([['llms.txt', () => emitLlmsTxt(pages, model, site)]]);
  for (const page of pages) if (page.id !== pageIds.notFound) makers.set(markdownPath(page), () => emitMarkdown(page));
  for (const agent of agents) makers.set(agentFileAsset(agent, model.base).path, () => agent.text);
  const get = (path: string): HandbookAsset | undefined => {
    const make = makers.get(path);
    return make ? { path, content: make() } : undefined;
  };
  return { paths: () => [...makers.keys()], get, all: () => [...makers.keys()].map((path) => get(path)!) };
}
