import { z } from 'zod';
import type { Taxonomy } from './taxonomy.ts';

const names = z.array(z.string().min(1));

/**
 * What a taxonomy file may say. Entries whose slug the taxonomy has are extended (their aliases
 * and fences added to, their label and description replaced when given), or replaced whole with
 * `replace: true`; other entries are added.
 * @example
 * languages:
 *   - { slug: elixir, label: Elixir, aliases: [elixir], fences: [elixir, ex, exs] }
 * topics:
 *   - { slug: ml, label: Machine learning, aliases: [machine learning, ml] }
 * practices:
 *   aliases: { dataloader: n 1 }
 *   exclusions: [testing]
 */
export const taxonomyFileSchema = z
  .object({
    languages: z
      .array(
        z
          .object({
            slug: z.string().regex(/^[a-z0-9-]+$/u, 'use lower-case letters, digits and dashes'),
            label: z.string().min(1).optional(),
            aliases: names.optional(),
            caseSensitiveAliases: names.optional(),
            fences: names.optional(),
            replace: z.boolean().optional(),
          })
          .strict(),
      )
      .optional(),
    topics: z
      .array(
        z
          .object({
            slug: z.string().regex(/^[a-z0-9-]+$/u, 'use lower-case letters, digits and dashes'),
            label: z.string().min(1).optional(),
            description: z.string().optional(),
            aliases: names.optional(),
            replace: z.boolean().optional(),
          })
          .strict(),
      )
      .optional(),
    practices: z
      .object({ aliases: z.record(z.string(), z.string()).optional(), exclusions: names.optional() })
      .strict()
      .optional(),
  })
  .strict();

export type TaxonomyFile = z.output<typeof taxonomyFileSchema>;

/** The built-in taxonomy with a taxonomy file's changes applied. */
export function mergeTaxonomy(base: Taxonomy, file: TaxonomyFile): Taxonomy {
  const languages = [...base.languages];
  for (const { replace, ...entry } of file.languages ?? []) {
    const at = languages.findIndex((language) => language.slug === entry.slug);
    const known = at >= 0 && !replace ? languages[at]! : undefined;
    const merged = {
      slug: entry.slug,
      label: entry.label ?? known?.label ?? entry.slug,
      aliases: [...(known?.aliases ?? []), ...(entry.aliases ?? [])],
      caseSensitiveAliases: [...(known?.caseSensitiveAliases ?? []), ...(entry.caseSensitiveAliases ?? [])],
      fences: [...(known?.fences ?? []), ...(entry.fences ?? [entry.slug])],
    };
    if (at >= 0) languages[at] = merged;
    else languages.push(merged);
  }
  const topics = [...base.topics];
  for (const { replace, ...entry } of file.topics ?? []) {
    const at = topics.findIndex((topic) => topic.slug === entry.slug);
    const known = at >= 0 && !replace ? topics[at]! : undefined;
    const merged = {
      slug: entry.slug,
      label: entry.label ?? known?.label ?? entry.slug,
      description: entry.description ?? known?.description ?? '',
      aliases: [...(known?.aliases ?? []), ...(entry.aliases ?? [entry.label ?? entry.slug])],
    };
    if (at >= 0) topics[at] = merged;
    // New topics come before the broad "language foundations", which stays last.
    else topics.splice(Math.max(topics.length - 1, 0), 0, merged);
  }
  return {
    ...base,
    languages,
    topics,
    practices: {
      ...base.practices,
      aliases: { ...base.practices.aliases, ...file.practices?.aliases },
      exclusions: [...base.practices.exclusions, ...(file.practices?.exclusions ?? [])],
    },
  };
}
