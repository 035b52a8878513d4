/** `design-system-architect`, `code_reviewer`: words joined by hyphens or underscores, as agents are named. */
const joinedName = /(?<![\p{L}\p{N}_-])[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+)+(?![\p{L}\p{N}_-])/gu;

/**
 * The names of agents a text mentions: hyphenated or underscored lower-case names whose last
 * word says what an agent is (`system-architect`, `code-author`, `ux-writer`, `sim_engineer`),
 * as the taxonomy's `self.agentRoles` list them. A heading or a text that names other agents is
 * about working with them: a handoff, an input, a collaboration.
 */
export function findAgentNames(text: string, roles: ReadonlySet<string>): string[] {
  if (roles.size === 0 || (!text.includes('-') && !text.includes('_'))) return [];
  return [...text.matchAll(joinedName)].map((match) => match[0]).filter((name) => roles.has(name.split(/[-_]/u).at(-1)!));
}
