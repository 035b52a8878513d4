import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { HandbookBuild } from '../../core/index.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/** More than this many topics or agents, and the sidebar lists some and links to the rest. */
export const sidebarLimits = { topics: 24, agents: 12 };

export interface HandbookSidebarOptions {
  /** The path the handbook's pages live under, without slashes; empty for the site's root. */
  prefix: string;
  /** The handbook's name, for the link to its home page. */
  title: string;
}

/**
 * The handbook's sidebar groups, after the site's own. Every page carries the sidebar, so it
 * stays short however many agents there are: past the limits, it shows the first topics and
 * links to "All topics" and "All agents". Under a prefix, the groups start with a link to the
 * handbook's home page.
 */
export function handbookSidebar(existing: Sidebar, build: HandbookBuild, options: HandbookSidebarOptions): Sidebar {
  const at = (id: string) => (options.prefix ? `${options.prefix}/${id}` : id);
  // A page cut into parts counts once: its later parts are hidden from the sidebar.
  const ids = (kind: string) => build.pages.filter((page) => page.kind === kind && !(page.frontmatter?.['sidebar'] as { hidden?: boolean } | undefined)?.hidden).map((page) => at(page.id));
  const topics = ids('topic');
  const agents = ids('agent');
  const hasProblems = build.pages.some((page) => page.kind === 'problems');
  return [
    ...existing,
    ...(options.prefix ? [{ label: options.title, slug: options.prefix }] : []),
    { label: 'Start here', slug: at('onboarding') },
    { label: 'Languages', items: [{ autogenerate: { directory: at('languages') } }] },
    {
      label: 'Topics',
      items: [
        { label: 'Language × topic map', slug: at('map') },
        ...(topics.length <= sidebarLimits.topics
          ? [{ autogenerate: { directory: at('topics') } }]
          : [...topics.slice(0, sidebarLimits.topics - 4).map((slug) => ({ slug })), { label: `All ${topics.length} topics`, slug: at('topics') }]),
      ],
    },
    {
      label: 'Checklists',
      items: [
        { label: 'All checklists', slug: at('checklists') },
        { label: 'Practices A–Z', slug: at('practices') },
      ],
    },
    {
      label: 'Agents',
      items: agents.length <= sidebarLimits.agents ? [{ autogenerate: { directory: at('agents') } }] : [{ label: `All ${agents.length} agents`, slug: at('agents') }],
    },
    ...(hasProblems ? [{ label: 'Problems', slug: at('problems') }] : []),
  ];
}
