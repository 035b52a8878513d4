import type { FootnoteDefinition } from 'mdast';
import type { AgentModel, HandbookPage } from '../handbook-page.ts';
import { mayHoldFootnotes } from '../read/scope-footnotes.ts';
import { cloneAsTextSafe } from '../render/clone-as-text-safe.ts';
import { walkNodes } from '../walk-nodes.ts';

/** Every footnote the agents define, by its (file-scoped) identifier. */
export function footnoteDefinitions(agents: AgentModel[]): Map<string, FootnoteDefinition> {
  const definitions = new Map<string, FootnoteDefinition>();
  for (const agent of agents) {
    if (!mayHoldFootnotes(agent.text)) continue;
    walkNodes(
      agent.units.map((unit) => unit.node),
      (node) => {
        if (node.type === 'footnoteDefinition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
      },
    );
  }
  return definitions;
}

/**
 * A page with the notes its footnote references need: a note defined in a section that landed
 * on another page is added at the end of this one (GFM shows a note only where it is referred
 * to, and a reference without its note as `[^1]`).
 */
export function carryFootnotes(page: HandbookPage, definitions: Map<string, FootnoteDefinition>): HandbookPage {
  const referred = new Set<string>();
  const defined = new Set<string>();
  walkNodes(page.body, (node) => {
    if (node.type === 'footnoteReference') referred.add(node.identifier);
    else if (node.type === 'footnoteDefinition') defined.add(node.identifier);
  });
  const missing = [...referred].filter((id) => !defined.has(id) && definitions.has(id));
  if (missing.length === 0) return page;
  return { ...page, body: [...page.body, ...missing.map((id) => cloneAsTextSafe(definitions.get(id)!))] };
}
