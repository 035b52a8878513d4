import type { PracticeChecklist } from './collect-practices.ts';

/** Each agent's practices counted by the topic they stand on: what the agent is about, as the handbook places it. */
export function agentSubjects(checklists: PracticeChecklist[]): Map<string, Map<string, number>> {
  const subjects = new Map<string, Map<string, number>>();
  for (const checklist of checklists) {
    const topic = checklist.section.topic;
    if (topic === null) continue;
    const counts = subjects.get(checklist.agent.slug) ?? subjects.set(checklist.agent.slug, new Map()).get(checklist.agent.slug)!;
    counts.set(topic, (counts.get(topic) ?? 0) + checklist.items.length);
  }
  return subjects;
}
