import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';

/** What every command that makes a site takes: where the pages go online, and what they say. */
export interface SiteOptions {
  agentsDir: string;
  followOutsideLinks: boolean;
  base: string | undefined;
  site: string | undefined;
  title: string;
  repo: string | undefined;
  branch: string;
  taxonomy: string | undefined;
  onboarding: string | undefined;
  onInvalid: 'error' | 'warn';
  strict: boolean;
}

export interface ServerOptions {
  port: number;
  host: string;
}

/** A command line, understood. */
export type ParsedCommand =
  | { command: 'check'; options: { agentsDir: string; followOutsideLinks: boolean; format: 'text' | 'github' | 'json'; strict: boolean; taxonomy: string | undefined } }
  | { command: 'build'; options: SiteOptions & { out: string } }
  | { command: 'dev'; options: SiteOptions & ServerOptions }
  | { command: 'preview'; options: ServerOptions & { out: string; base: string | undefined } };

/** What the command line says to do: run a command, or stop with an exit code (help, version, a usage error). */
export type CommandLine = { run: ParsedCommand } | { exitCode: number };

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const defaultAgentsDir = '.claude/agents';
export const defaultOut = 'handbook-site';

/** Exit code for a command line that cannot be run as written. */
export const usageExitCode = 2;

/**
 * Reads a command line (without `node` and the script): the command, its arguments and options,
 * with their defaults. Help and usage errors are written to `output`.
 */
export function parseCommandLine(argv: string[], output: Output, version: string): CommandLine {
  let parsed: ParsedCommand | undefined;
  const program = new Command('agent-handbook')
    .description('Turns Claude Code agent files into a handbook for people: a static Starlight site, or a check for CI.')
    .version(version, '-v, --version')
    .configureOutput({ writeOut: output.out, writeErr: output.err })
    .showHelpAfterError('(add --help to see the options and an example)')
    .exitOverride();

  program
    .command('check')
    .description('Reads and validates the agent files, and builds no site. Exits 1 when there are errors.')
    .argument('[agents-dir]', 'the folder of agent files (.md), subfolders included', defaultAgentsDir)
    .addOption(new Option('--format <format>', 'how to print the problems').choices(['text', 'github', 'json']).default('text'))
    .option('--strict', 'exit 1 for warnings too')
    .option('--taxonomy <file>', 'a YAML file of more languages, topics and practice aliases, to validate as well')
    .option(...followOutsideLinksFlag)
    .addHelpText('after', example('check .claude/agents --format github', 'In a GitHub Actions workflow: each problem becomes an annotation on its file and line.'))
    .action((agentsDir: string, options: { format: 'text' | 'github' | 'json'; strict?: boolean; taxonomy?: string; followOutsideLinks?: boolean }) => {
      parsed = { command: 'check', options: { agentsDir, followOutsideLinks: options.followOutsideLinks === true, format: options.format, strict: options.strict === true, taxonomy: options.taxonomy } };
    });

  siteOptions(
    program
      .command('build')
      .description('Builds the handbook as a static site.')
      .option('--out <dir>', 'the folder to write the site to (emptied first)', defaultOut),
  )
    .addHelpText('after', example('build .claude/agents --out site --site https://acme.github.io --base /handbook/', 'Writes a site to serve at https://acme.github.io/handbook/.'))
    .action((agentsDir: string, options: SiteOptions & { out: string }) => {
      parsed = { command: 'build', options: { ...siteValues(agentsDir, options), out: options.out } };
    });

  serverOptions(siteOptions(program.command('dev').description('Serves the handbook while you edit the agent files: pages reload on save.')))
    .addHelpText('after', example('dev .claude/agents --port 4321', 'Then open http://localhost:4321/.'))
    .action((agentsDir: string, options: SiteOptions & ServerOptions) => {
      parsed = { command: 'dev', options: { ...siteValues(agentsDir, options), port: options.port, host: options.host } };
    });

  serverOptions(
    program
      .command('preview')
      .description('Serves a site that `agent-handbook build` wrote.')
      .option('--out <dir>', 'the folder the site was written to', defaultOut)
      .option('--base <path>', 'the base path the site was built with'),
  )
    .addHelpText('after', example('preview --out site --base /handbook/', 'Then open http://localhost:4321/handbook/.'))
    .action((options: ServerOptions & { out: string; base?: string }) => {
      parsed = { command: 'preview', options: { out: options.out, base: options.base, port: options.port, host: options.host } };
    });

  program.addHelpText('after', example('build', `Builds the handbook from ${defaultAgentsDir} into ${defaultOut}/.`));

  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return { exitCode: error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : usageExitCode };
    throw error;
  }
  // No command at all: commander has shown the help and thrown; this is for completeness.
  return parsed ? { run: parsed } : { exitCode: usageExitCode };
}

/** The options of `build` and `dev`, which both make a site. */
function siteOptions(command: Command): Command {
  return command
    .argument('[agents-dir]', 'the folder of agent files (.md), subfolders included', defaultAgentsDir)
    .option('--base <path>', 'the path the site is served under, e.g. /handbook/')
    .addOption(new Option('--site <url>', 'the address the site will have, for absolute links in llms.txt and the sitemap').argParser(parseUrl))
    .option('--title <text>', 'the handbook’s name', 'Agent Handbook')
    .addOption(new Option('--repo <url>', 'the repository the agent files are in, so that each page links to its lines').argParser(parseUrl))
    .option('--branch <name>', 'the branch for those links', 'main')
    .option('--taxonomy <file>', 'a YAML file of more languages, topics and practice aliases')
    .option('--onboarding <file>', 'a YAML file with the onboarding path’s order')
    .addOption(new Option('--on-invalid <mode>', 'a file that cannot be read: fail (error), or leave it out and list it (warn)').choices(['error', 'warn']).default('error'))
    .option('--strict', 'with --on-invalid warn, still fail when a file had errors')
    .option(...followOutsideLinksFlag);
}

/** Links in the agents folder that lead outside it are refused unless this flag is given. */
const followOutsideLinksFlag = ['--follow-outside-links', 'read links in the agents folder that lead outside it (refused by default: a link could publish any file the build can read)'] as const;

/** The options of `dev` and `preview`, which serve a site. */
function serverOptions(command: Command): Command {
  return command
    .addOption(new Option('--port <number>', 'the port to serve on').default(4321).argParser(parsePort))
    .option('--host <host>', 'the address to listen on (0.0.0.0 for every network)', 'localhost');
}

function siteValues(agentsDir: string, options: Omit<SiteOptions, 'strict' | 'followOutsideLinks'> & { strict?: boolean; followOutsideLinks?: boolean }): SiteOptions {
  return {
    agentsDir,
    followOutsideLinks: options.followOutsideLinks === true,
    base: options.base,
    site: options.site,
    title: options.title,
    repo: options.repo,
    branch: options.branch,
    taxonomy: options.taxonomy,
    onboarding: options.onboarding,
    onInvalid: options.onInvalid,
    strict: options.strict === true,
  };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new InvalidArgumentError('Give a number from 1 to 65535.');
  return port;
}

function parseUrl(value: string): string {
  if (!URL.canParse(value) || !/^https?:$/u.test(new URL(value).protocol)) throw new InvalidArgumentError('Give a full address, such as https://github.com/acme/handbook.');
  return value;
}

function example(args: string, what: string): string {
  return `\nExample:\n  $ npx agent-handbook ${args}\n  ${what}\n`;
}
