import { z } from 'astro/zod';

/** What a generated page says about itself, for components and search filters. */
export const handbookFrontmatterSchema = z.object({
  handbook: z
    .object({
      kind: z.enum(['home', 'language', 'topic', 'agent', 'checklists', 'practices', 'onboarding', 'map', 'index', 'problems', 'not-found']),
      language: z.string().optional(),
      topic: z.string().optional(),
      agent: z.string().optional(),
    })
    .optional(),
});
