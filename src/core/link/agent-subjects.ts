import type { PracticeChecklist } from './collect-practices.ts';

/**
 * How alike two agents' subjects must be, as the cosine of their practices per topic, before a
 * plain practice of one on one topic is the same as the other's on another: a platform engineer
 * and an SRE (0.6) share "Disaster recovery"; a CLI developer and a DevOps engineer (0.1) mean
 * two things by "State management".
 */
export const alikeSubjects = 0.3;

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

/** The cosine of two agents' practices per topic: 1 for agents on the same subjects in the same proportions, 0 for none in common. */
export function subjectSimilarity(a: Map<string, number> | undefined, b: Map<string, number> | undefined): number {
  if (!a || !b) return 0;
  let dot = 0;
  for (const [topic, count] of a) dot += count * (b.get(topic) ?? 0);
  const norm = (counts: Map<string, number>) => Math.sqrt([...counts.values()].reduce((sum, count) => sum + count * count, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}
