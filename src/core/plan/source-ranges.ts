import type { Section } from '../read/build-section-tree.ts';
import { sectionEndLine } from '../read/build-section-tree.ts';
import type { AgentModel } from '../handbook-page.ts';

/** Which lines of which agent file a page shows. */
export interface PageSource {
  agent: AgentModel;
  /** Inclusive 1-based line ranges, sorted and merged. */
  ranges: Array<[number, number]>;
}

/** Collects the line ranges of the sections a page renders, per agent. */
export class SourceRanges {
  readonly #byAgent = new Map<AgentModel, Array<[number, number]>>();

  add(agent: AgentModel, section: Section): void {
    this.addLines(agent, section.line, sectionEndLine(section));
  }

  addLines(agent: AgentModel, start: number, end: number): void {
    const ranges = this.#byAgent.get(agent);
    if (ranges) ranges.push([start, end]);
    else this.#byAgent.set(agent, [[start, end]]);
  }

  toSources(): PageSource[] {
    return [...this.#byAgent].map(([agent, ranges]) => ({ agent, ranges: mergeRanges(ranges) }));
  }
}

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** "lines 120–160" or "lines 27–45, 201–207". */
export function describeRanges(ranges: Array<[number, number]>): string {
  const parts = ranges.map(([start, end]) => (start === end ? `${start}` : `${start}–${end}`));
  return `${ranges.length === 1 && ranges[0]![0] === ranges[0]![1] ? 'line' : 'lines'} ${parts.join(', ')}`;
}
