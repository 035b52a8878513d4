import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';

export const agentHandbookOptionsSchema = z
  .object({
    /**
     * The folder of agent files, relative to the project root. Subfolders are read too.
     * The environment variable `HANDBOOK_AGENTS_DIR` overrides it.
     * @default 'content/agents'
     * @example '.claude/agents'
     */
    agentsDir: z.string().min(1).default('content/agents'),
    /**
     * What a file that cannot be read as an agent does: `error` fails the build; `warn` leaves the
     * file out, lists it on a Problems page and in the report, and builds the rest.
     * @default 'error'
     */
    onInvalid: z.enum(['error', 'warn']).default('error'),
    /**
     * With `onInvalid: 'warn'`, still exit non-zero at the end of a build that had errors.
     * The environment variable `HANDBOOK_STRICT=1` sets it too.
     * @default false
     */
    strict: z.boolean().default(false),
    /**
     * A YAML file with the onboarding path's order (`steps:`, a list of page ids and
     * `language`), relative to the project root. Without it, the order is derived.
     * @default 'content/onboarding.yml'
     */
    onboardingFile: z.string().min(1).default('content/onboarding.yml'),
    /**
     * A YAML file that extends or overrides the built-in languages, topics and practice matching,
     * relative to the project root.
     * @default 'content/taxonomy.yml'
     */
    taxonomyFile: z.string().min(1).default('content/taxonomy.yml'),
    /**
     * Where the agent files live online. Each page then links to the lines of the agent file it
     * comes from. The environment variable `HANDBOOK_REPOSITORY_URL` sets the URL too.
     * @example { url: 'https://github.com/acme/handbook', branch: 'main' }
     */
    repository: z
      .object({
        url: z.url(),
        /** @default 'main' */
        branch: z.string().min(1).default('main'),
      })
      .optional(),
  })
  .strict()
  .default({
    agentsDir: 'content/agents',
    onboardingFile: 'content/onboarding.yml',
    taxonomyFile: 'content/taxonomy.yml',
    onInvalid: 'error',
    strict: false,
  });

export type AgentHandbookUserOptions = z.input<typeof agentHandbookOptionsSchema>;
export type AgentHandbookOptions = z.output<typeof agentHandbookOptionsSchema>;

/** Validates the plugin options, with a message that says which option is wrong. */
export function parseOptions(userOptions: unknown): AgentHandbookOptions {
  const parsed = agentHandbookOptionsSchema.safeParse(userOptions);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => `- ${issue.path.join('.') || 'options'}: ${issue.message}`).join('\n');
  throw new AstroError(
    `The agentHandbook() options in astro.config.mjs are not valid:\n${details}`,
    'Pass an object such as `agentHandbook({ agentsDir: ".claude/agents" })`, or no options at all.',
  );
}
