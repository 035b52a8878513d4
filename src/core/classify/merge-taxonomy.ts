import { z } from 'zod';
import { reservedSlugs } from '../folder-slug.ts';
import { matchWords } from './phrase-index.ts';
import type { LanguageEntry, SelfDescription, Taxonomy, TopicEntry } from './taxonomy.ts';

const names = z.array(z.string().min(1));
const weighted = z.record(z.string().min(1), z.number().positive().max(10));
const slugField = z
  .string()
  .regex(/^[a-z0-9-]+$/u, 'use lower-case letters, digits and dashes')
  .refine((value) => !(reservedSlugs as readonly string[]).includes(value), `the handbook keeps ${reservedSlugs.map((name) => `"${name}"`).join(' and ')} for its own pages`);

/**
 * What a taxonomy file may say. Entries whose slug the taxonomy has are extended (their aliases,
 * keywords, frameworks and fences added to, their label and description replaced when given), or
 * replaced whole with `replace: true`; other entries are added. A heading alias names one topic:
 * giving it to a topic here takes it from any other.
 * @example
 * languages:
 *   - { slug: elixir, label: Elixir, aliases: [elixir], fences: [elixir, ex, exs], frameworks: [phoenix] }
 * topics:
 *   - { slug: ml, label: Machine learning, aliases: [machine learning, ml], keywords: { pytorch: 3 } }
 *   - { slug: databases, aliases: [persistence layer] }
 * self:
 *   headings: [house rules]       # sections under these headings stay on the agent's page
 * genericHeadingWords: [playbook] # words that never decide a topic on their own
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
            slug: slugField,
            label: z.string().min(1).optional(),
            aliases: names.optional(),
            caseSensitiveAliases: names.optional(),
            fences: names.optional(),
            frameworks: names.optional(),
            subject: slugField.optional(),
            includes: names.optional(),
            usedInPassing: z.boolean().optional(),
            replace: z.boolean().optional(),
          })
          .strict(),
      )
      .optional(),
    topics: z
      .array(
        z
          .object({
            slug: slugField,
            label: z.string().min(1).optional(),
            description: z.string().optional(),
            aliases: names.optional(),
            keywords: weighted.optional(),
            replace: z.boolean().optional(),
          })
          .strict(),
      )
      .optional(),
    self: z
      .object({ headings: names.optional(), capabilityHeadings: names.optional(), processHeadings: names.optional(), phrases: weighted.optional() })
      .strict()
      .optional(),
    genericHeadingWords: names.optional(),
    practices: z
      .object({ aliases: z.record(z.string(), z.string()).optional(), exclusions: names.optional() })
      .strict()
      .optional(),
  })
  .strict();

export type TaxonomyFile = z.output<typeof taxonomyFileSchema>;

/** Puts `entry` in place of the list's entry with its slug, or adds it at the end. */
function upsert<T extends { slug: string }>(list: T[], slug: string, build: (known: T | undefined) => T, replace: boolean | undefined): void {
  const index = list.findIndex((candidate) => candidate.slug === slug);
  const merged = build(index >= 0 && !replace ? list[index] : undefined);
  if (index >= 0) list[index] = merged;
  else list.push(merged);
}

/** The built-in taxonomy with a taxonomy file's changes applied. */
export function mergeTaxonomy(base: Taxonomy, file: TaxonomyFile): Taxonomy {
  const languages = [...base.languages];
  for (const { replace, ...entry } of file.languages ?? []) {
    const build = (known: LanguageEntry | undefined): LanguageEntry => {
      const subject = entry.subject ?? known?.subject;
      const usedInPassing = entry.usedInPassing ?? known?.usedInPassing;
      return {
        slug: entry.slug,
        label: entry.label ?? known?.label ?? entry.slug,
        aliases: [...(known?.aliases ?? []), ...(entry.aliases ?? [])],
        caseSensitiveAliases: [...(known?.caseSensitiveAliases ?? []), ...(entry.caseSensitiveAliases ?? [])],
        fences: [...(known?.fences ?? []), ...(entry.fences ?? [entry.slug])],
        frameworks: [...(known?.frameworks ?? []), ...(entry.frameworks ?? [])],
        includes: [...(known?.includes ?? []), ...(entry.includes ?? [])],
        ...(subject ? { subject } : {}),
        ...(usedInPassing !== undefined ? { usedInPassing } : {}),
      };
    };
    upsert(languages, entry.slug, build, replace);
  }
  let topics = [...base.topics];
  for (const { replace, ...entry } of file.topics ?? []) {
    const aliases = entry.aliases ?? (topics.some((topic) => topic.slug === entry.slug) ? [] : [entry.label ?? entry.slug]);
    // A heading alias names one topic: the file's topic takes it from any other.
    const taken = new Set(aliases.map((alias) => matchWords(alias).join(' ')));
    topics = topics.map((topic) => (topic.slug === entry.slug ? topic : { ...topic, aliases: topic.aliases.filter((alias) => !taken.has(matchWords(alias).join(' '))) }));
    const build = (known: TopicEntry | undefined): TopicEntry => ({
      slug: entry.slug,
      label: entry.label ?? known?.label ?? entry.slug,
      description: entry.description ?? known?.description ?? '',
      aliases: [...(known?.aliases ?? []), ...aliases],
      keywords: { ...known?.keywords, ...entry.keywords },
    });
    upsert(topics, entry.slug, build, replace);
  }
  const self: SelfDescription = {
    ...base.self,
    headings: [...base.self.headings, ...(file.self?.headings ?? [])],
    capabilityHeadings: [...base.self.capabilityHeadings, ...(file.self?.capabilityHeadings ?? [])],
    processHeadings: [...base.self.processHeadings, ...(file.self?.processHeadings ?? [])],
    phrases: { ...base.self.phrases, ...file.self?.phrases },
  };
  return {
    ...base,
    languages,
    topics,
    self,
    genericHeadingWords: [...base.genericHeadingWords, ...(file.genericHeadingWords ?? [])],
    practices: {
      ...base.practices,
      aliases: { ...base.practices.aliases, ...file.practices?.aliases },
      exclusions: [...base.practices.exclusions, ...(file.practices?.exclusions ?? [])],
    },
  };
}
