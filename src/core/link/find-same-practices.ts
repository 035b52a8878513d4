import type { Taxonomy } from '../classify/taxonomy.ts';
import { agentSubjects } from './agent-subjects.ts';
import { cosine } from './cosine.ts';
import type { PracticeIndex, PracticeItem } from './collect-practices.ts';
import { groupSamePractices } from './group-same-practices.ts';
import { listContexts, plainItemsAlike } from './list-context.ts';
import { practiceEvidence, samePractice, type PracticeEvidence } from './same-practice.ts';

/**
 * How many other places of the same practice an item links to, at most. The 444 agents of the
 * bulk corpus have up to 11; a file that repeats one practice hundreds of times, or an
 * organisation whose teams keep copies of one collection, would otherwise link every copy to
 * every other, and pages and `checklists.json` would grow with the square of the copies (300
 * copies made a 4 MB page).
 */
export const maxSamePlaces = 12;

/**
 * The items each item is the same practice as, `maxSamePlaces` at most, decided once the lists
 * of every agent are read and before any page is planned: the planner weighs the links an item
 * will carry when it cuts a page, and the linker adds them. Computed per group of one key, when
 * a group is first asked for.
 */
export function findSamePractices(index: PracticeIndex, taxonomy: Taxonomy): (item: PracticeItem) => PracticeItem[] {
  // Practices link to practices and tools to tools: "Testing: table-driven tests" is advice,
  // "Testing: testify, gomock" is a list of tools.
  const groupOf = (item: PracticeItem) => `${item.checklist.kind}:${item.key}`;
  const groups = new Map<string, PracticeItem[]>();
  for (const item of index.items) {
    if (item.key === null) continue;
    (groups.get(groupOf(item)) ?? groups.set(groupOf(item), []).get(groupOf(item))!).push(item);
  }
  // The same term with two meanings ("Tracing" as OpenTelemetry and as strace) sits on two topics
  // with advice about different things: see `samePractice`.
  const evidence = new Map<PracticeItem, PracticeEvidence>();
  const evidenceOf = (item: PracticeItem) => evidence.get(item) ?? evidence.set(item, practiceEvidence(item, taxonomy)).get(item)!;
  // Two plain items are one practice only when they stand in lists about the same things, or
  // their agents are about the same subjects: a plain item says no more than its phrase, and
  // "Session management" means one thing to an authentication agent and another to a scraper,
  // "Performance tuning" one thing among Kubernetes node pools and another among Flutter widgets.
  const subjects = agentSubjects(index.checklists);
  const alikePlain = plainItemsAlike({ context: listContexts(index.checklists), subjects, items: index.items, taxonomy });
  // An item with more places than it shows lists those of the agents on the closest subjects.
  const closeness = (a: PracticeItem, b: PracticeItem) => cosine(subjects.get(a.checklist.agent.slug), subjects.get(b.checklist.agent.slug));
  // Two plain items in two languages ("State management" in Terraform and in Swift) are one
  // practice only when their advice says so, not because their words are the taxonomy's.
  const related = (a: PracticeItem, b: PracticeItem) => {
    const languages = [a.checklist.section.language, b.checklist.section.language];
    const apart = a.plain && b.plain && languages[0] !== null && languages[1] !== null && languages[0] !== languages[1];
    return samePractice(evidenceOf(a), evidenceOf(b), !apart);
  };
  const found = new Map<string, Map<PracticeItem, PracticeItem[]>>();
  return (item) => {
    if (item.key === null) return [];
    const key = groupOf(item);
    let same = found.get(key);
    if (!same) found.set(key, (same = groupSamePractices(groups.get(key) ?? [], { related, alikePlain, closeness }, maxSamePlaces)));
    return same.get(item) ?? [];
  };
}
