import type { Section } from '../read/build-section-tree.ts';
import { definitionOfDoneTitle } from '../read/extract-definition-of-done.ts';
import { compileVocabulary, type SelfMode } from './compile-vocabulary.ts';
import { describeAgent, type AgentSubject, type SectionEvidence } from './describe-agent.ts';
import { readHeading, type HeadingReading } from './read-heading.ts';
import { readSectionForm, type SectionForm } from './read-section-form.ts';
import { readSectionText, type TextReading } from './read-section-text.ts';
import { unknownHeadingReason } from './share-unknown-headings.ts';
import type { Taxonomy } from './taxonomy.ts';
import { topicLabel } from './topic-label.ts';

/**
 * The signal that decided where a section went: what `npm run eval` counts, and what a
 * section's `reason` says in words.
 */
export type PlacementRule =
  | 'title'
  | 'definition-of-done'
  | 'intro'
  | 'intro-text'
  | 'under-self'
  | 'heading-topic'
  | 'heading-self'
  | 'references'
  | 'template'
  | 'under-topic'
  | 'heading-language'
  | 'under-capability'
  | 'text-self'
  | 'text'
  | 'subject'
  | 'no-language'
  | 'unknown-heading'
  | 'unknown-heading-subject'
  | 'shared-heading'
  | 'generic'
  | 'subsections';

/** A section with the page it belongs on: a topic, or (topic `null`) the agent's own page. */
export interface ClassifiedSection extends Omit<Section, 'children'> {
  /** The topic's slug; `null` when the agent speaks of itself here and the section stays on its page. */
  topic: string | null;
  /** `null` when the section is not about one language. */
  language: string | null;
  /** What decided the topic, in words: "heading names Security", "text: Databases". */
  reason: string;
  /** The signal that decided it. */
  rule: PlacementRule;
  /** Headings of the enclosing sections, outermost first. */
  trail: string[];
  /** Whether this is the agent's closing "definition of done" list. */
  definitionOfDone: boolean;
  /** Whether this is the lone H1 that titles the agent's body. */
  title: boolean;
  /**
   * For a section whose heading names a subject the taxonomy lacks and whose text fits no
   * topic: the heading's folded words, by which agents that share the heading share a topic.
   */
  unknownHeading?: string;
  children: ClassifiedSection[];
}

export interface Classification {
  sections: ClassifiedSection[];
  subject: AgentSubject;
}

/** What a section passes on to its subsections. */
interface Context {
  parent: ClassifiedSection | null;
  /** How the parent was placed: as the agent speaking of itself (and how), or on a topic. */
  mode: SelfMode | 'topic' | null;
  language: string | null;
  trail: string[];
}

/** What is read of a section before it is placed. */
interface Evidence {
  heading: HeadingReading | null;
  reading: TextReading;
  form: SectionForm;
}

/** How sure the text must be to place a section: the share of the best topic among the text's keywords. */
const textShare = 0.3;
/** The least keyword weight a text needs before its topics count. */
const textWeight = 4;
/** How much the agent's subject adds to a topic's share when the text is weighed. */
const subjectBonus = 0.7;
/** When a heading names several topics: what favours one of them. */
const headingBonus = { parent: 1, first: 0.5, subject: 0.3 };
/** Self-description phrases per word above which the agent is speaking of itself. */
const selfDensity = 0.04;

/**
 * Places every section of one agent, from four things: its heading, its own text and form, its
 * place in the file and the agent as a whole.
 *
 * - The agent speaking of itself (its role, capabilities, process, output, protocol, examples)
 *   stays on its own page: a heading that says only that, a section that names other agents
 *   it works with, its reading list and its templates, what stands under a role heading, the
 *   text before the first heading and a lone H1 title. Under a capabilities or a process heading
 *   ("Development Workflow"), a list headed by a line of text ("Index strategies:") that names a
 *   subject, or whose text is about one, goes to that subject: the steps of a workflow stay with
 *   the agent, the knowledge it lists does not.
 * - A heading that names a topic decides (of several, the one its parent, the text and the agent
 *   favour); a subsection otherwise stays on its parent's topic; a heading that names only a
 *   language is about that language's foundations.
 * - A generic heading ("Approach", "Best Practices") never decides: the text does, and failing
 *   that the agent's subject.
 * - Language, from the section's own evidence first: the one its heading names; else the one
 *   its code fences share; else its parent's; else the agent's (when the agent is about one);
 *   else the one its text names alone.
 */
export function classifySections(roots: Section[], agent: { name: string; description: string }, taxonomy: Taxonomy): Classification {
  const evidence = new Map<Section, Evidence>();
  const sectionEvidence: SectionEvidence[] = [];
  const gather = (section: Section): void => {
    const heading = section.heading === null ? null : readHeading(section.heading, taxonomy);
    const read: Evidence = { heading, reading: readSectionText(section.blocks, taxonomy), form: readSectionForm(section.blocks) };
    evidence.set(section, read);
    sectionEvidence.push({ heading, reading: read.reading });
    section.children.forEach(gather);
  };
  roots.forEach(gather);
  const subject = describeAgent(agent.name, agent.description, sectionEvidence, taxonomy);
  const title = loneTitle(roots);
  const undecided = new Set<ClassifiedSection>();

  const classify = (section: Section, context: Context): ClassifiedSection => {
    const found = evidence.get(section)!;
    const language = sectionLanguage(found.heading, found.reading, context, subject, taxonomy);
    const placed: ClassifiedSection = {
      ...section,
      topic: null,
      language,
      reason: '',
      rule: 'generic',
      trail: context.trail,
      definitionOfDone: section.heading === definitionOfDoneTitle && section.depth === 2 && context.trail.length === 0,
      title: section === title,
      children: [],
    };
    const mode = place(placed, found, context, subject, taxonomy);
    // On the agent's page for want of anything to place it by, rather than because the agent speaks of itself.
    if (placed.topic === null && mode === null && !placed.title && !placed.definitionOfDone) undecided.add(placed);
    const trail = section.heading === null ? context.trail : [...context.trail, section.heading];
    // The title's subsections are the agent's top-level sections.
    const next: Context = placed.title ? { parent: null, mode: null, language: null, trail: [] } : { parent: placed, mode, language, trail };
    // Where the agent introduces itself, the lists it heads with a line of text are placed by what they say.
    const intro: Context = { parent: placed, mode: null, language: null, trail };
    placed.children = section.children.map((child) => classify(child, section.heading === null && child.pseudo ? intro : next));
    return placed;
  };
  const sections = roots.map((root) => classify(root, { parent: null, mode: null, language: null, trail: [] }));
  for (const section of sections) followChildren(section, undecided);
  return { sections, subject };
}

/**
 * A heading with no text of its own that nothing placed goes where all its subsections go:
 * "Language-Specific Expertise" over "Go Development" and "Python Development" is about the
 * languages' foundations.
 */
function followChildren(section: ClassifiedSection, undecided: Set<ClassifiedSection>): void {
  for (const child of section.children) followChildren(child, undecided);
  if (!undecided.has(section) || section.blocks.length > 0 || section.children.length === 0) return;
  const topics = new Set(section.children.map((child) => child.topic));
  const [topic] = topics;
  if (topics.size !== 1 || !topic) return;
  section.topic = topic;
  section.reason = `its subsections are all on ${topic}`;
  section.rule = 'subsections';
  delete section.unknownHeading;
}

/** Decides the section's topic and reason; returns what its subsections inherit. */
function place(section: ClassifiedSection, { heading, reading, form }: Evidence, context: Context, subject: AgentSubject, taxonomy: Taxonomy): Context['mode'] {
  const label = (slug: string) => topicLabel(slug, taxonomy);
  const onTopic = (topic: string, rule: PlacementRule, reason: string): 'topic' => {
    section.topic = topic;
    section.rule = rule;
    section.reason = reason;
    return 'topic';
  };
  /** On the agent's page; its subsections inherit `mode` when the agent speaks of itself here, else decide for themselves. */
  const onAgentPage = (rule: PlacementRule, reason: string, mode: SelfMode | null = 'self'): SelfMode | null => {
    section.rule = rule;
    section.reason = reason;
    return mode;
  };
  const speaksOfItself = reading.self >= 3 && reading.self >= selfDensity * reading.words;

  // The language a section may be on the foundations of, when its subject is a language's own.
  const own = foundationsLanguage(section.language, heading, context, subject, taxonomy);
  if (section.title) return onAgentPage('title', 'the agent’s title');
  if (section.definitionOfDone) return onAgentPage('definition-of-done', 'the agent’s definition of done');
  if (heading === null) {
    const topic = textTopic(reading, subject, own, taxonomy, false);
    return topic && reading.self === 0 ? onTopic(topic, 'intro-text', `text: ${label(topic)}`) : onAgentPage('intro', 'text before the first heading: the agent introduces itself');
  }
  const parentHeading = context.parent?.heading ?? '';
  if (heading.self && heading.topics.length === 0) return onAgentPage('heading-self', `heading: the agent’s ${heading.self === 'self' ? 'own matters' : heading.self}`, heading.self);
  if (context.mode === 'self') return onAgentPage('under-self', `under “${parentHeading}”, where the agent speaks of itself`, context.mode);
  // The steps of a workflow stay with the agent; the lists of knowledge it heads with a line of text go by their subject.
  if (context.mode === 'process' && (!section.pseudo || heading.self || speaksOfItself || form.template)) {
    return onAgentPage('under-self', `under “${parentHeading}”, where the agent speaks of itself`, context.mode);
  }
  if (heading.topics.length > 0) {
    const topic = headingTopic(heading, reading, context, subject, own, taxonomy);
    if (topic) return onTopic(topic, 'heading-topic', `heading names ${label(topic)}`);
  }
  if (heading.self) return onAgentPage('heading-self', `heading: the agent’s ${heading.self === 'self' ? 'own matters' : heading.self}`, heading.self);
  if (form.references) return onAgentPage('references', 'a list of what the agent reads: links and documents');
  if (form.template) return onAgentPage('template', 'a template of what the agent hands back');
  if (context.mode === 'topic' && context.parent?.topic) return onTopic(context.parent.topic, 'under-topic', `under “${parentHeading}”`);
  if (heading.language) {
    const topic = foundationsOf(heading.language, taxonomy);
    return onTopic(topic, 'heading-language', `heading names the language ${heading.language}`);
  }
  if (context.mode === 'capability') return onAgentPage('under-capability', `under “${parentHeading}”, the agent’s capabilities`);
  if (speaksOfItself) return onAgentPage('text-self', 'text: the agent speaks of itself');

  const topic = textTopic(reading, subject, own, taxonomy, true);
  if (topic) {
    const bySubject = topic === subject.topic && !textTopic(reading, { ...subject, topic: null }, own, taxonomy, false);
    return bySubject ? onTopic(topic, 'subject', `the agent’s subject: ${label(topic)}`) : onTopic(topic, 'text', `text: ${label(topic)}`);
  }
  // The steps of a workflow that say nothing of a subject stay with the agent.
  if (context.mode === 'process') return onAgentPage('under-self', `under “${parentHeading}”, where the agent speaks of itself`, context.mode);
  if (heading.topics.length > 0) return onAgentPage('no-language', `heading names ${heading.topics.map(label).join(', ')}, but the section is about no language`, null);
  if (!heading.generic && heading.key !== '') {
    section.unknownHeading = heading.key;
    return onAgentPage('unknown-heading', unknownHeadingReason, null);
  }
  return onAgentPage('generic', 'generic heading, and nothing in the text or the agent to place it by', null);
}

/** Of the topics a heading names, the one its parent, position, text and agent favour. */
function headingTopic(
  heading: HeadingReading,
  reading: TextReading,
  context: Context,
  subject: AgentSubject,
  language: string | null,
  taxonomy: Taxonomy,
): string | null {
  const shares = textShares(reading);
  let best: string | null = null;
  let bestScore = -1;
  heading.topics.forEach((named, index) => {
    const topic = named === taxonomy.foundationsTopic ? (language ? foundationsOf(language, taxonomy) : null) : named;
    if (!topic) return;
    const score =
      (context.mode === 'topic' && context.parent?.topic === topic ? headingBonus.parent : 0) +
      (index === 0 ? headingBonus.first : 0) +
      (subject.topic === topic ? headingBonus.subject : 0) +
      (shares.get(topic) ?? 0);
    if (score > bestScore) {
      best = topic;
      bestScore = score;
    }
  });
  return best;
}

/**
 * The topic the text points to, when it points clearly enough; with `useSubject`, the agent's
 * subject adds to its share and decides when the text says too little.
 */
function textTopic(reading: TextReading, subject: AgentSubject, language: string | null, taxonomy: Taxonomy, useSubject: boolean): string | null {
  const shares = textShares(reading);
  const subjectTopic = useSubject ? subject.topic : null;
  const candidates = new Map(shares);
  if (subjectTopic && (reading.words > 0 || reading.items > 0)) candidates.set(subjectTopic, (candidates.get(subjectTopic) ?? 0) + subjectBonus);
  let best: string | null = null;
  let bestScore = 0;
  for (const [topic, score] of candidates) {
    const resolved = topic === taxonomy.foundationsTopic ? (language ? foundationsOf(language, taxonomy) : null) : topic;
    if (resolved && score > bestScore) {
      best = resolved;
      bestScore = score;
    }
  }
  return bestScore >= textShare || (best !== null && best === subjectTopic) ? best : null;
}

/** Each topic's share of the text's keyword weight; empty when the text says too little. */
function textShares(reading: TextReading): Map<string, number> {
  const total = [...reading.topics.values()].reduce((a, b) => a + b, 0);
  if (total < textWeight) return new Map();
  return new Map([...reading.topics].map(([topic, weight]) => [topic, weight / total]));
}

/** The topic of a language's own principles and tools: its subject, or the foundations. */
function foundationsOf(language: string, taxonomy: Taxonomy): string {
  return compileVocabulary(taxonomy).languages.get(language)?.subject ?? taxonomy.foundationsTopic;
}

/**
 * The language whose foundations a section can be about: one its heading names, the agent's
 * own, or its parent's when the parent is on the foundations already. A section whose language
 * only shows in its code or text ("Web3.js" in a blockchain agent's "Ecosystem") is not.
 */
function foundationsLanguage(language: string | null, heading: HeadingReading | null, context: Context, subject: AgentSubject, taxonomy: Taxonomy): string | null {
  if (!language) return null;
  if (heading?.languages.includes(language) || subject.language === language) return language;
  return context.parent?.topic === foundationsOf(language, taxonomy) && context.parent.language === language ? language : null;
}

function sectionLanguage(heading: HeadingReading | null, reading: TextReading, context: Context, subject: AgentSubject, taxonomy: Taxonomy): string | null {
  // Under a TypeScript section, Node.js and JavaScript code are TypeScript's.
  const within = (language: string | null) => (language !== null && context.language !== null && includes(context.language, language, taxonomy) ? context.language : language);
  if (heading && heading.languages.length > 0) return within(heading.language);
  const fences = new Set(reading.fences);
  if (fences.size === 1) return within([...fences][0]!);
  if (fences.size > 1) return null;
  if (context.language) return context.language;
  if (subject.language) return subject.language;
  const named = [...reading.languages].filter(([, count]) => count > 0);
  if (named.length === 1 && named[0]![1] >= 2) return named[0]![0];
  if (named.length === 2) {
    const including = taxonomy.languages.find((entry) => named.some(([slug]) => slug === entry.slug) && named.every(([slug]) => slug === entry.slug || (entry.includes ?? []).includes(slug)));
    if (including) return including.slug;
  }
  return null;
}

/** Whether one language includes another (TypeScript includes JavaScript), or is it. */
function includes(language: string, other: string, taxonomy: Taxonomy): boolean {
  return language === other || (compileVocabulary(taxonomy).languages.get(language)?.includes ?? []).includes(other);
}

/** A lone H1 at the top of the body, which titles the agent rather than heading a section. */
function loneTitle(roots: Section[]): Section | null {
  const headed = roots.filter((root) => root.heading !== null);
  const [first] = headed;
  if (!first || first.depth !== 1) return null;
  return headed.filter((root) => root.depth === 1).length === 1 ? first : null;
}
