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
  })
  .strict()
  .default({ agentsDir: 'content/agents' });

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
