import type { HandbookProblem } from '../handbook-problem.ts';
import { pageIds, pageUrl, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import { languageLinkSuffix } from '../render/language-link.ts';
import { jsx, paragraph, text } from '../render/mdx-nodes.ts';

/** A page on the reading path. */
export interface PathPage {
  id: string;
  url: string;
  title: string;
  minutes: number;
}

/**
 * A step of the path: one page, or the reader's language, chosen among the language pages
 * (`suffix`: the hidden text its link says after the language's name, `language-link.ts`).
 */
export type PathStep = { kind: 'page'; page: PathPage } | { kind: 'language'; options: Array<PathPage & { language: string }>; suffix: string };

/** A derived path reads at most this many topics: a newcomer's first day, not every heading of hundreds of agents. */
export const maxTopicSteps = 20;

/** The word that stands for "the reader's language page" in a custom order. */
export const languageStep = 'language';

/** Where a custom order comes from, for messages. */
export interface OnboardingOrder {
  file: string;
  /** Page ids (`topics/security`) or `language`, each with its line in the file. */
  steps: Array<{ id: string; line: number }>;
}

/**
 * The reading path for newcomers: by default the agent's own page (when there is one agent),
 * then the reader's language, then the topics in their editorial order, then the checklists. A custom order replaces it; ids it names
 * that are not pages are reported.
 */
export function planOnboardingPath(
  model: HandbookModel,
  pages: HandbookPage[],
  order: OnboardingOrder | undefined,
  problems: HandbookProblem[],
): PathStep[] {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const asPathPage = (page: HandbookPage): PathPage => ({ id: page.id, url: pageUrl(page.id, model.base), title: page.title, minutes: page.readingMinutes ?? 1 });
  const languageOptions = pages
    // A language's first page: a language cut into several pages is one step.
    .filter((page) => page.kind === 'language' && page.id === pageIds.language(page.language!))
    .map((page) => ({ ...asPathPage(page), language: page.language! }));
  const ids = order
    ? order.steps.flatMap(({ id, line }) => {
        if (id === languageStep || byId.has(id)) return [id];
        problems.push({
          file: order.file,
          line,
          severity: 'error',
          message: `The onboarding order names "${id}", which is not a page of the handbook.`,
          hint: `Use "${languageStep}" or a page id such as ${[...byId.keys()].filter((key) => key.startsWith('topics/')).slice(0, 2).map((key) => `"${key}"`).join(' or ')}.`,
        });
        return [];
      })
    : [
        ...(model.agents.length === 1 ? [pageIds.agent(model.agents[0]!.slug)] : []),
        languageStep,
        ...model.topics
          .filter((topic) => topic.slug !== model.taxonomy.foundationsTopic)
          .slice(0, maxTopicSteps)
          .map((topic) => pageIds.topic(topic.slug)),
        pageIds.checklists,
      ];
  return ids.flatMap((id): PathStep[] => {
    if (id === languageStep) return languageOptions.length > 0 ? [{ kind: 'language', options: languageOptions, suffix: languageLinkSuffix }] : [];
    const page = byId.get(id);
    return page ? [{ kind: 'page', page: asPathPage(page) }] : [];
  });
}

/** The onboarding page: the path, with reading times, the language choice and progress. */
export function planOnboardingPage(): HandbookPage {
  return {
    id: pageIds.onboarding,
    kind: 'onboarding',
    title: 'Start here',
    description: 'A reading path through the handbook for newcomers, with reading times and your progress.',
    order: 0,
    body: [
      paragraph(
        text('New to the team? Read the handbook in this order. Each step says how long it takes; mark a page as read at its foot, and your progress is kept in this browser.'),
      ),
    ],
  };
}

/** The path as the components read it. */
export function pathAttribute(steps: PathStep[]): string {
  return JSON.stringify(steps);
}

/**
 * The pages with the path on the onboarding page, and the step navigation on every page on it in
 * place of Starlight's pager, so that a page has one way forward. The pages given are left as
 * they were: those on the path come back as new pages.
 */
export function attachOnboarding(pages: HandbookPage[], steps: PathStep[], model: HandbookModel): HandbookPage[] {
  const start = pageUrl(pageIds.onboarding, model.base);
  const stepIndex = new Map<string, number>();
  steps.forEach((step, index) => {
    for (const id of step.kind === 'page' ? [step.page.id] : step.options.map((option) => option.id)) if (!stepIndex.has(id)) stepIndex.set(id, index);
  });
  return pages.map((page) => {
    if (page.kind === 'onboarding') return { ...page, body: [...page.body, jsx('OnboardingPath', { path: pathAttribute(steps) })] };
    const index = stepIndex.get(page.id);
    if (index === undefined) return page;
    // Each page carries only its step and its neighbours, so that a long path weighs nothing.
    const first = Math.max(0, index - 1);
    return {
      ...page,
      // One way forward: the path's own previous and next, not Starlight's pager beside them.
      frontmatter: { ...page.frontmatter, prev: false, next: false },
      body: [...page.body, jsx('OnboardingStep', { path: pathAttribute(steps.slice(first, index + 2)), first, count: steps.length, page: page.id, start })],
    };
  });
}
