import { normaliseWords } from '../classify/normalise-words.ts';
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
  // Names of several words are looked up by the runs of words of a term, not tried one by one
  // against every term: thousands of agents' names and tens of thousands of terms stay cheap.
  const longNames = new Set([...agentNames].filter((name) => name.includes(' ')));
  const longest = Math.max(0, ...[...longNames].map((name) => name.split(' ').length));
  const agentWords = new Set(rules.agentWords);
  for (const item of items) {
    const words = normaliseWords(item.term);
    const split = words.split(' ');
    if (agentNames.has(words) || split.some((word) => agentWords.has(word)) || namesAnyRun(split, longNames, longest)) item.key = null;
  }

  const byAgentLanguage = new Map<string, PracticeChecklist[]>();
  for (const checklist of checklists) {
    const group = `${checklist.agent.slug}\u0000${checklist.section.language ?? ''}`;
    const known = byAgentLanguage.get(group);
    if (known) known.push(checklist);
    else byAgentLanguage.set(group, [checklist]);
  }
  for (const group of byAgentLanguage.values()) {
    const labels = templateLabels(group.map((checklist) => new Set(checklist.items.flatMap((item) => (item.key ? [item.key] : [])))));
    if (labels.size === 0) continue;
    for (const checklist of group) for (const item of checklist.items) if (item.key && labels.has(item.key)) item.key = null;
  }
}

/** Whether a run of two to `longest` of `words` is one of `names`. */
function namesAnyRun(words: string[], names: Set<string>, longest: number): boolean {
  for (let start = 0; start < words.length; start += 1) {
    for (let size = 2; size <= longest && start + size <= words.length; size += 1) if (names.has(words.slice(start, start + size).join(' '))) return true;
  }
  return false;
}

/**
 * The keys that two lists share when they share enough of them to be copies of one template.
 * Only lists that share a key are compared, found through the lists each key is in: an agent
 * of thousands of lists with terms of their own compares none.
 */
function templateLabels(keys: Array<Set<string>>): Set<string> {
  const listsWith = new Map<string, number[]>();
  keys.forEach((own, list) => {
    for (const key of own) {
      const lists = listsWith.get(key);
      if (lists) lists.push(list);
      else listsWith.set(key, [list]);
    }
  });
  const labels = new Set<string>();
  keys.forEach((own, a) => {
    // How many keys list `a` shares with each later list.
    const sharedWith = new Map<number, number>();
    for (const key of own) for (const b of listsWith.get(key)!) if (b > a) sharedWith.set(b, (sharedWith.get(b) ?? 0) + 1);
    for (const [b, count] of sharedWith) {
      if (count < templateShared || count < templateShare * Math.min(own.size, keys[b]!.size)) continue;
      for (const key of own) if (keys[b]!.has(key)) labels.add(key);
    }
  });
  return labels;
}
