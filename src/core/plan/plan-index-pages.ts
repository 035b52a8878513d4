import { descriptionLine } from '../render/description-text.ts';
import type { PhrasingContent } from 'mdast';
import type { HandbookProblem } from '../handbook-problem.ts';
import { pageIds, pageUrl, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import { heading, link, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { cutIntoParts, partsNavigation, partTitle } from './page-parts.ts';

/** Text with `code` spans as inline code, so that `---` stays three dashes. */
function codeSpans(value: string): PhrasingContent[] {
  return value.split(/(`[^`]+`)/u).filter(Boolean).map((part) => (part.startsWith('`') && part.endsWith('`') ? { type: 'inlineCode', value: part.slice(1, -1) } : text(part)));
}

function linkList(entries: Array<{ label: string; url: string; note: string }>): FlowContent {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: entries.map((entry) => ({
      type: 'listItem',
      spread: false,
      children: [paragraph(link(entry.url, text(entry.label)), text(entry.note ? ` — ${entry.note}` : ''))],
    })),
  };
}

/** Every topic, with how many agents speak of it: the way in when the sidebar lists only some. */
export function planTopicsIndex(model: HandbookModel): HandbookPage {
  // From the index of sections built once, not a walk over every agent for each topic.
  const agentsOn = (topic: string) => new Set((model.index.topics.get(topic) ?? []).map((run) => run.agent)).size;
  return {
    id: pageIds.topicsIndex,
    kind: 'index',
    title: 'All topics',
    description: `All ${model.topics.length} topics of the handbook.`,
    body: [
      paragraph(text(`All ${model.topics.length} topics, in the order the agents take them up.`)),
      linkList(
        model.topics.map((topic) => {
          const count = agentsOn(topic.slug);
          return { label: topic.label, url: pageUrl(pageIds.topic(topic.slug), model.base), note: `${count} agent${count === 1 ? '' : 's'}` };
        }),
      ),
    ],
  };
}

/**
 * Every agent, by name, with its description; cut into several pages, between agents, when an
 * organisation's thousands of agents outgrow the page budget.
 */
export function planAgentsIndex(model: HandbookModel): HandbookPage[] {
  const agents = [...model.agents].sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
  const entries = agents.map((agent) => {
    const entry = { label: agent.label, url: pageUrl(pageIds.agent(agent.slug), model.base), note: descriptionLine(agent.frontmatter.description) };
    // Weighed as a list of its own, which is what it adds to its page's list.
    return { entry, nodes: [linkList([entry])] };
  });
  const { pages: split, parts } = cutIntoParts(entries, pageIds.agentsIndex, ({ entry }) => entry.label);
  return split.map((onPage, position): HandbookPage => {
    const body: FlowContent[] = [paragraph(text(`The ${model.agents.length} agent files this handbook is made from.`))];
    if (parts.length > 1) body.push(partsNavigation(parts, position, model.base));
    body.push(linkList(onPage.map(({ entry }) => entry)));
    return {
      id: parts[position]!.id,
      kind: 'index',
      title: partTitle('All agents', position, parts.length),
      description: `All ${model.agents.length} agents the handbook is made from.`,
      ...(position > 0 ? { frontmatter: { sidebar: { hidden: true } } } : {}),
      body,
    };
  });
}

/** The problems found in the agent files, and the files left out because of them. */
export function planProblemsPage(problems: HandbookProblem[], skipped: string[]): HandbookPage {
  const body: FlowContent[] = [
    paragraph(text(`${problems.length} problem${problems.length === 1 ? '' : 's'} found in the agent files. Each names the file, the line and what to do.`)),
  ];
  if (skipped.length > 0) {
    body.push(heading(2, 'Files left out'), { type: 'list', ordered: false, spread: false, children: skipped.map((file) => ({ type: 'listItem', spread: false, children: [paragraph({ type: 'inlineCode', value: file })] })) });
  }
  for (const severity of ['error', 'warning'] as const) {
    const some = problems.filter((problem) => problem.severity === severity);
    if (some.length === 0) continue;
    body.push(heading(2, severity === 'error' ? 'Errors' : 'Warnings'), {
      type: 'list',
      ordered: false,
      spread: false,
      children: some.map((problem) => ({
        type: 'listItem',
        spread: false,
        children: [
          paragraph({ type: 'inlineCode', value: `${problem.file}:${problem.line}` }, text(' '), ...codeSpans(problem.message)),
          ...(problem.hint ? [paragraph({ type: 'emphasis', children: codeSpans(problem.hint) })] : []),
        ],
      })),
    });
  }
  return { id: pageIds.problems, kind: 'problems', title: 'Problems', description: 'Problems found in the agent files.', body };
}
