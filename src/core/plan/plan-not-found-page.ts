import { pageIds, pageUrl, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import { link, paragraph, text } from '../render/mdx-nodes.ts';

/** The page a reader gets for a URL that is not in the handbook. */
export function planNotFoundPage(model: HandbookModel): HandbookPage {
  return {
    id: pageIds.notFound,
    kind: 'not-found',
    title: 'Page not found',
    description: 'This page is not in the handbook.',
    frontmatter: { template: 'splash', editUrl: false, pagefind: false, hero: { tagline: 'This page is not in the handbook. It may have moved when the agent files changed.' } },
    body: [
      paragraph(
        text('Go to the '),
        link(pageUrl(pageIds.home, model.base), text('home page')),
        text(', open the '),
        link(pageUrl(pageIds.checklists, model.base), text('checklists')),
        text(', or search with the box at the top of the page.'),
      ),
    ],
  };
}
