import { subjectOf } from '../render/caption-code.ts';
import type { ClassifiedSection } from '../classify/classify-section.ts';
import type { Taxonomy } from '../classify/taxonomy.ts';

/** The label of a language slug: `typescript` → "TypeScript/Node.js". */
export function languageLabel(slug: string, taxonomy: Taxonomy): string {
  return taxonomy.languages.find((entry) => entry.slug === slug)?.label ?? slug;
}

export { topicLabel } from '../classify/topic-label.ts';

/**
 * The heading to show for a section lifted out of its context: a heading that is only a
 * language name ("#### Go" under "Project Structure") takes its parent's heading instead.
 */
export function standaloneHeading(section: ClassifiedSection, taxonomy: Taxonomy): string | null {
  if (section.heading === null) return null;
  if (subjectOf(section.heading, taxonomy) !== '') return section.heading;
  return section.trail[section.trail.length - 1] ?? section.heading;
}
