import type { StarlightUserConfig } from '@astrojs/starlight/types';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/** The handbook's sidebar groups, after any the site already has. */
export function handbookSidebar(existing: Sidebar | undefined): Sidebar {
  return [
    ...(existing ?? []),
    { label: 'Start here', slug: 'onboarding' },
    { label: 'Languages', items: [{ autogenerate: { directory: 'languages' } }] },
    {
      label: 'Topics',
      items: [{ label: 'Language × topic map', slug: 'map' }, { autogenerate: { directory: 'topics' } }],
    },
    {
      label: 'Checklists',
      items: [
        { label: 'All checklists', slug: 'checklists' },
        { label: 'Practices A–Z', slug: 'practices' },
      ],
    },
    { label: 'Agents', items: [{ autogenerate: { directory: 'agents' } }] },
  ];
}
