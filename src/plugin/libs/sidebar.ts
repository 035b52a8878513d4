import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { HandbookBuild } from '../../core/index.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/** More than this many topics or agents, and the sidebar lists some and links to the rest. */
export const sidebarLimits = { topics: 24, agents: 12 };

/**
 * The handbook's sidebar groups, after any the site already has. Every page carries the sidebar,
 * so it stays short however many agents there are: past the limits, it shows the first topics
 * and links to "All topics" and "All agents".
 */
export function handbookSidebar(existing: Sidebar | undefined, build: HandbookBuild): Sidebar {
  const ids = (kind: string) => build.pages.filter((page) => page.kind === kind).map((page) => page.id);
  const topics = ids('topic');
  const agents = ids('agent');
  const hasProblems = build.pages.some((page) => page.kind === 'problems');
  return [
    ...(existing ?? []),
    { label: 'Start here', slug: 'onboarding' },
    { label: 'Languages', items: [{ autogenerate: { directory: 'languages' } }] },
    {
      label: 'Topics',
      items: [
        { label: 'Language × topic map', slug: 'map' },
        ...(topics.length <= sidebarLimits.topics
          ? [{ autogenerate: { directory: 'topics' } }]
          : [...topics.slice(0, sidebarLimits.topics - 4).map((slug) => ({ slug })), { label: `All ${topics.length} topics`, slug: 'topics' }]),
      ],
    },
    {
      label: 'Checklists',
      items: [
        { label: 'All checklists', slug: 'checklists' },
        { label: 'Practices A–Z', slug: 'practices' },
      ],
    },
    {
      label: 'Agents',
      items: agents.length <= sidebarLimits.agents ? [{ autogenerate: { directory: 'agents' } }] : [{ label: `All ${agents.length} agents`, slug: 'agents' }],
    },
    ...(hasProblems ? [{ label: 'Problems', slug: 'problems' }] : []),
  ];
}
