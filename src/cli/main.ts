import { readFileSync } from 'node:fs';
import { parseCommandLine, usageExitCode, type Output } from './command-line.ts';
import { describeError, UsageError } from './usage-error.ts';

const terminal: Output = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };

/** Runs the command line; resolves with the exit code once the command is done (or its server is up). */
export async function run(argv: string[], output: Output = terminal, cwd = process.cwd()): Promise<number> {
  const line = parseCommandLine(argv, output, packageVersion());
  if ('exitCode' in line) return line.exitCode;
  const { run: parsed } = line;
  try {
    switch (parsed.command) {
      case 'check': {
        // Only what a check needs is loaded: no Astro, so that it starts fast.
        const { checkAgents, checkExitCode } = await import('./check-agents.ts');
        const { formatCheck } = await import('./format-check.ts');
        const result = checkAgents({ ...parsed.options, cwd });
        output.out(formatCheck(result, parsed.options.format));
        return checkExitCode(result, parsed.options.strict);
      }
      case 'build': {
        await (await import('./site-commands.ts')).buildSite(parsed.options, cwd);
        return 0;
      }
      case 'dev': {
        await (await import('./site-commands.ts')).serveDev(parsed.options, cwd);
        return 0;
      }
      case 'preview': {
        await (await import('./site-commands.ts')).servePreview(parsed.options, cwd);
        return 0;
      }
    }
  } catch (error) {
    const formatted = parsed.command === 'check' ? (await import('./format-check.ts')).formatCheckError(error, parsed.options.format) : null;
    if (formatted === null) output.err(`${describeError(error)}\n`);
    else output.out(formatted);
    return error instanceof UsageError ? usageExitCode : 1;
  }
}

/** The entry point of the `agent-handbook` command. */
export async function main(argv: string[]): Promise<void> {
  process.exitCode = await run(argv);
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
