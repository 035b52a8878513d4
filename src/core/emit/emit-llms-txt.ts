import type { HandbookModel, HandbookPage, PageKind } from '../handbook-page.ts';
import { pageIds, pageUrl } from '../handbook-page.ts';
import { agentFileAsset } from '../plan/plan-agent-page.ts';
import { markdownInline } from './escape-for-context.ts';

/** Where a page's Markdown version is written, below the site's root: `languages/go/index.md`. */
export function markdownPath(page: HandbookPage): string {
  return page.id === 'index' ? 'index.md' : `${page.id}/index.md`;
}

const sections: Array<[string, PageKind[]]> = [
  ['Start here', ['onboarding', 'home']],
  ['Languages', ['language']],
  ['Topics', ['topic']],
  ['Checklists', ['checklists', 'practices', 'map']],
  ['Agents', ['agent']],
];

/**
 * `llms.txt`: the handbook's index for language models, as the llms.txt convention has it: a
 * title, a summary, and a section per kind of page, each entry linking to the page's Markdown.
 */
export function emitLlmsTxt(pages: HandbookPage[], model: HandbookModel, site?: string): string {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const lines = [
    `# ${model.title}`,
    '',
    `> Engineering practices from ${model.agents.length === 1 ? 'one agent file' : `${model.agents.length} agent files`}, split by language and by topic, with checklists. Every page below is Markdown.`,
    '',
  ];
  for (const [title, kinds] of sections) {
    const inSection = pages.filter((page) => kinds.includes(page.kind));
    if (inSection.length === 0) continue;
    lines.push(`## ${title}`, '');
    for (const page of inSection) {
      lines.push(`- [${markdownInline(page.title)}](${absolute(`${model.base}${markdownPath(page)}`)}): ${markdownInline(page.description)}`);
      if (page.kind === 'agent' && page.id === pageIds.agent(page.agent ?? '')) {
        const agent = model.agents.find((candidate) => candidate.slug === page.agent);
        if (agent) lines.push(`- [${markdownInline(agent.label)}, the agent file](${absolute(agentFileAsset(agent, model.base).url)}): the source of truth, as written for the agent.`);
      }
    }
    lines.push('');
  }
  lines.push('## Optional', '', `- [The handbook as a website](${absolute(pageUrl('index', model.base))})`, '');
  return lines.join('\n');
}
