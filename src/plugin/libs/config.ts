import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';

/** A path inside the site, without leading or trailing slashes; empty for the site's root. */
const prefixSchema = z
  .string()
  .transform((value) => value.trim().replace(/^\/+|\/+$/gu, ''))
  .pipe(
    z
      .string()
      .regex(/^(?:[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*)?$/u, 'use lowercase path segments, such as `handbook` or `team/handbook`, or `/` for the whole site'),
  );

export const agentHandbookOptionsSchema = z
  .object({
    /**
     * The folder of agent files, relative to the project root. Subfolders are read too.
     * The environment variable `HANDBOOK_AGENTS_DIR` overrides it.
     * @default '.claude/agents'
     * @example 'content/agents'
     */
    agentsDir: z.string().min(1).default('.claude/agents'),
    /**
     * Whether a link in the agents folder (to a file or a folder) may lead outside it. By default
     * such a link is refused, with a message naming it: whoever can add a link to the folder (a
     * pull request that CI builds) could otherwise publish any file the build can read, such as
     * `passwd.md -> /etc/passwd`. A link that stays inside the folder is always followed.
     * @default false
     */
    followOutsideLinks: z.boolean().default(false),
    /**
     * Where the handbook's pages live in the site: `handbook` puts its home page at
     * `/handbook/`, beside the site's own pages, and leaves the site's 404 page alone. `/` makes
     * the handbook the whole site, with a 404 page of its own.
     * @default 'handbook'
     * @example 'team/handbook'
     */
    prefix: prefixSchema.default('handbook'),
    /**
     * The handbook's name, on its home page, in the sidebar and in `llms.txt`.
     * @default 'Agent Handbook'
     */
    title: z.string().trim().min(1).default('Agent Handbook'),
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
     * The folder that agent files are named from, in messages, the report and edit links,
     * relative to the project root: the repository's root, when the site lives in a subfolder.
     * @default '.'
     * @example '..'
     */
    sourceRoot: z.string().min(1).default('.'),
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
    /**
     * Give the site a Content-Security-Policy: Astro's `security.csp` in every page's `<meta>`, and
     * the same policy as a header in `_headers`, with `frame-ancestors`, `X-Content-Type-Options`
     * and `Referrer-Policy`. Turn it off only if the site must load scripts from elsewhere; an
     * `astro.config` that sets `security.csp` itself keeps its own policy.
     * @default true
     */
    csp: z.boolean().default(true),
    /**
     * Whether the `HANDBOOK_*` environment variables (`HANDBOOK_AGENTS_DIR`, `HANDBOOK_ON_INVALID`,
     * `HANDBOOK_STRICT`, `HANDBOOK_REPOSITORY_URL`) override these options. The `agent-handbook`
     * command turns it off: its arguments and flags say all there is to say.
     * @default true
     */
    environment: z.boolean().default(true),
  })
  .strict()
  .default({
    agentsDir: '.claude/agents',
    followOutsideLinks: false,
    prefix: 'handbook',
    title: 'Agent Handbook',
    onboardingFile: 'content/onboarding.yml',
    taxonomyFile: 'content/taxonomy.yml',
    sourceRoot: '.',
    onInvalid: 'error',
    strict: false,
    csp: true,
    environment: true,
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
    'Pass an object such as `agentHandbook({ agentsDir: ".claude/agents", prefix: "handbook" })`, or no options at all.',
  );
}
