/**
 * Measures how much of what agents state becomes a practice a reader can tick: over a folder of
 * agents, from the handbook the core builds (its report, `checklists.json` and the Markdown
 * exports of its topic and language pages), without a browser.
 */
import type { List } from 'mdast';
import { classifyAgents } from '../../src/core/classify/classify-agents.ts';
import { taxonomy } from '../../src/core/classify/taxonomy.ts';
import { buildHandbook, type AgentSource, type HandbookBuild } from '../../src/core/index.ts';
import { callsItselfChecklist, collectPractices } from '../../src/core/link/collect-practices.ts';
import { walkSections } from '../../src/core/read/build-section-tree.ts';

export interface PracticeFigures {
  agents: number;
  /** Agents with a section on a topic or language page. */
  feeding: number;
  /** Top-level list items of the topic and language pages' Markdown exports, and those that are tasks (`- [ ]`). */
  shownItems: number;
  tickableItems: number;
  /** Agents on topic pages, and those of them with a checklist there. */
  onTopics: number;
  withChecklist: number;
  /** Lists whose heading calls them a checklist ("Quality Checklist", "Review checklist:"), and those that are checklists. */
  calledChecklists: number;
  checklists: number;
  build: HandbookBuild;
}

/** The figures of one handbook built from `sources`. */
export function measurePractices(sources: AgentSource[]): PracticeFigures {
  const build = buildHandbook(sources);
  const agents = new Set(build.report.agents.map((agent) => agent.file));
  const feeding = new Set(build.report.sections.filter((section) => section.topic !== null).map((section) => section.file));

  let shownItems = 0;
  let tickableItems = 0;
  for (const asset of build.exports.all()) {
    if (!/^(?:topics|languages)\//u.test(asset.path) || !asset.path.endsWith('.md')) continue;
    let fence: string | null = null;
    for (const line of asset.content.split('\n')) {
      const marker = /^(`{3,}|~{3,})/u.exec(line)?.[1];
      if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence === null ? marker : null;
      if (fence !== null || !/^(?:[-*+]|\d+[.)])\s/u.test(line)) continue;
      shownItems += 1;
      if (/^[-*+]\s\[[ xX]\]\s/u.test(line)) tickableItems += 1;
    }
  }

  const topicAgents = new Set<string>();
  const checklistAgents = new Set<string>();
  for (const checklist of build.checklists.checklists) {
    if (checklist.topic !== null && checklist.kind === 'checklist') checklistAgents.add(checklist.agent);
  }
  const slugs = new Map(build.report.agents.map((agent) => [agent.file, agent.slug]));
  for (const section of build.report.sections) if (section.topic !== null) topicAgents.add(slugs.get(section.file)!);

  // The lists the files call checklists, found in the sections as read and placed.
  const classified = classifyAgents(sources, taxonomy, '/');
  const index = collectPractices(classified.agents, taxonomy);
  let calledChecklists = 0;
  let checklists = 0;
  for (const agent of classified.agents) {
    for (const section of walkSections(agent.sections)) {
      if (!callsItselfChecklist(section, taxonomy)) continue;
      for (const block of section.blocks) {
        if (block.node.type !== 'list') continue;
        calledChecklists += 1;
        if (index.byList.get(block.node as List)?.kind === 'checklist') checklists += 1;
      }
    }
  }
  return {
    agents: agents.size,
    feeding: feeding.size,
    shownItems,
    tickableItems,
    onTopics: topicAgents.size,
    withChecklist: [...topicAgents].filter((slug) => checklistAgents.has(slug)).length,
    calledChecklists,
    checklists,
    build,
  };
}
