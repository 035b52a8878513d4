import { z } from 'zod';
import type { LanguageEntry, Taxonomy, TopicEntry } from './taxonomy.ts';

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

/** Puts `entry` in place of the list's entry with its slug, or inserts it at `at`. */
function upsert<T extends { slug: string }>(list: T[], slug: string, build: (known: T | undefined) => T, replace: boolean | undefined, at: number): void {
  const index = list.findIndex((candidate) => candidate.slug === slug);
  const merged = build(index >= 0 && !replace ? list[index] : undefined);
  if (index >= 0) list[index] = merged;
  else list.splice(at, 0, merged);
}

/** The built-in taxonomy with a taxonomy file's changes applied. */
export function mergeTaxonomy(base: Taxonomy, file: TaxonomyFile): Taxonomy {
  const languages = [...base.languages];
  for (const { replace, ...entry } of file.languages ?? []) {
    const build = (known: LanguageEntry | undefined): LanguageEntry => ({
      slug: entry.slug,
      label: entry.label ?? known?.label ?? entry.slug,
      aliases: [...(known?.aliases ?? []), ...(entry.aliases ?? [])],
      caseSensitiveAliases: [...(known?.caseSensitiveAliases ?? []), ...(entry.caseSensitiveAliases ?? [])],
      fences: [...(known?.fences ?? []), ...(entry.fences ?? [entry.slug])],
    });
    upsert(languages, entry.slug, build, replace, languages.length);
  }
  const topics = [...base.topics];
  for (const { replace, ...entry } of file.topics ?? []) {
    const build = (known: TopicEntry | undefined): TopicEntry => ({
      slug: entry.slug,
      label: entry.label ?? known?.label ?? entry.slug,
      description: entry.description ?? known?.description ?? '',
      aliases: [...(known?.aliases ?? []), ...(entry.aliases ?? [entry.label ?? entry.slug])],
    });
    // New topics come before the broad "language foundations", which stays last.
    upsert(topics, entry.slug, build, replace, Math.max(topics.length - 1, 0));
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
