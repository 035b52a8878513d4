import { containsWords, normaliseWords } from '../classify/normalise-words.ts';
import type { PracticeMatching } from '../classify/taxonomy.ts';
import type { AgentModel } from '../handbook-page.ts';
import type { PracticeChecklist } from './collect-practices.ts';
import { bracketedAcronym, practiceKey } from './practice-key.ts';

/** Two lists of one agent are copies of one template when they share at least this many terms… */
const templateShared = 2;
/** …and at least this share of the shorter list's terms. */
const templateShare = 0.5;

/**
 * Corrects the matching keys of all practices once every list is known, where one term alone
 * cannot tell:
 *
 * - An abbreviation alone is the practice it abbreviates elsewhere: once "Content Security
 *   Policy (CSP)" is seen, "CSP" is the same practice.
 * - A term about agents ("Use this agent for", "Use security-auditor for", another agent's
 *   name) is no practice: it links to nothing.
 * - The labels of one agent's templates (the "Impact" of its P1 list and of its P3 list) are
 *   no practice either: two lists of one agent in one language that share most of their terms
 *   are copies of a template, and their shared terms link to nothing.
 */
export function refinePracticeKeys(checklists: PracticeChecklist[], agents: AgentModel[], rules: PracticeMatching): void {
  const items = checklists.flatMap((checklist) => checklist.items);

  const expansions = new Map<string, Set<string>>();
  for (const item of items) {
    const acronym = bracketedAcronym(item.term);
    const short = acronym ? practiceKey(acronym, rules) : null;
    if (short && item.key && short !== item.key) expansions.set(short, (expansions.get(short) ?? new Set()).add(item.key));
  }
  for (const item of items) {
    const expansion = item.key ? expansions.get(item.key) : undefined;
    if (expansion?.size === 1) item.key = [...expansion][0]!;
  }

  // Another agent's name in a term ("Use security-auditor for") hands work over: no practice.
  const agentNames = new Set(agents.flatMap((agent) => [normaliseWords(agent.frontmatter.name), normaliseWords(agent.slug)]));
  const longNames = [...agentNames].filter((name) => name.includes(' '));
  const agentWords = new Set(rules.agentWords);
  for (const item of items) {
    const words = normaliseWords(item.term);
    if (agentNames.has(words) || words.split(' ').some((word) => agentWords.has(word)) || longNames.some((name) => containsWords(words, name))) item.key = null;
  }

  const byAgentLanguage = new Map<string, PracticeChecklist[]>();
  for (const checklist of checklists) {
    const group = `${checklist.agent.slug}\u0000${checklist.section.language ?? ''}`;
    byAgentLanguage.set(group, [...(byAgentLanguage.get(group) ?? []), checklist]);
  }
  for (const group of byAgentLanguage.values()) {
    const keys = group.map((checklist) => new Set(checklist.items.flatMap((item) => (item.key ? [item.key] : []))));
    const labels = new Set<string>();
    for (let a = 0; a < group.length; a += 1) {
      for (let b = a + 1; b < group.length; b += 1) {
        const shared = [...keys[a]!].filter((key) => keys[b]!.has(key));
        if (shared.length >= templateShared && shared.length >= templateShare * Math.min(keys[a]!.size, keys[b]!.size)) shared.forEach((key) => labels.add(key));
      }
    }
    if (labels.size === 0) continue;
    for (const checklist of group) for (const item of checklist.items) if (item.key && labels.has(item.key)) item.key = null;
  }
}
