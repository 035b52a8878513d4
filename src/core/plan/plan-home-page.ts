import { descriptionLine } from '../render/description-text.ts';
import { pageIds, pageUrl, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import { escapeHtml } from '../emit/escape-for-context.ts';
import { heading, jsx, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { languageLinkHtml } from '../render/language-link.ts';

/** How many topic and agent cards the home page shows before "All …". */
export const homeCards = { topics: 24, agents: 12 };

/** The splash page that leads into languages, topics, checklists and agents. */
export function planHomePage(model: HandbookModel): HandbookPage {
  const url = (id: string) => pageUrl(id, model.base);
  // Starlight's LinkCard renders its title and description as HTML: agent text must be escaped.
  const card = (title: string, href: string, description: string, titleHtml = escapeHtml(title)) => jsx('LinkCard', { title: titleHtml, href, description: escapeHtml(description) });
  const body: FlowContent[] = [
    paragraph(
      text(
        `This handbook is generated from ${model.agents.length === 1 ? 'one agent file' : `${model.agents.length} agent files`}: ` +
          'the same practices the agents follow, split by language and by topic, for people to browse, read and search.',
      ),
    ),
  ];
  body.push(
    jsx('CardGrid', {}, [
      card('Start here', url(pageIds.onboarding), 'New to the team? A reading path through the handbook, with reading times.'),
      card('Language × topic map', url(pageIds.map), 'What the handbook covers, and where it is thin.'),
    ]),
  );
  if (model.languages.length > 0) {
    body.push(heading(2, 'Languages'));
    body.push(jsx('CardGrid', {}, model.languages.map((language) => card(language.label, url(pageIds.language(language.slug)), `Principles, practices and tools for ${language.label}.`, languageLinkHtml(language.label)))));
  }
  // However many agents there are, the home page shows a bounded number of cards.
  const topics = model.topics.slice(0, homeCards.topics);
  body.push(heading(2, 'Topics'));
  body.push(
    jsx('CardGrid', {}, [
      ...topics.map((topic) => card(topic.label, url(pageIds.topic(topic.slug)), topic.description || `What the agents say about ${topic.label}.`)),
      ...(model.topics.length > topics.length ? [card(`All ${model.topics.length} topics`, url(pageIds.topicsIndex), 'Every topic the agents cover.')] : []),
    ]),
  );
  body.push(heading(2, 'Checklists'));
  body.push(
    jsx('CardGrid', {}, [
      card('All checklists', url(pageIds.checklists), 'Every list of practices, ready to work through. Your ticks are kept.'),
      card('Practices A–Z', url(pageIds.practices), 'Every practice by name, with each place it appears.'),
    ]),
  );
  body.push(heading(2, 'Agents'));
  const agents = model.agents.slice(0, homeCards.agents);
  body.push(
    jsx('CardGrid', {}, [
      ...agents.map((agent) => card(agent.label, url(pageIds.agent(agent.slug)), descriptionLine(agent.frontmatter.description))),
      ...(model.agents.length > agents.length ? [card(`All ${model.agents.length} agents`, url(pageIds.agentsIndex), 'Every agent file this handbook is made from.')] : []),
    ]),
  );

  const actions = [
    { text: 'Start here', link: url(pageIds.onboarding), icon: 'right-arrow', variant: 'primary' },
    { text: 'Open the checklists', link: url(pageIds.checklists), variant: 'minimal' },
  ];
  return {
    id: pageIds.home,
    kind: 'home',
    title: model.title,
    description: 'Engineering practices from agent files, for people to browse, read and search.',
    frontmatter: {
      template: 'splash',
      hero: { tagline: 'The practices your agents follow, as a handbook for the team.', actions },
    },
    body,
  };
}
