import type { Taxonomy } from './taxonomy.ts';

/** The label of a topic slug, including topics made from headings. */
export function topicLabel(slug: string, taxonomy: Taxonomy): string {
  return taxonomy.topics.find((entry) => entry.slug === slug)?.label ?? slug;
}
