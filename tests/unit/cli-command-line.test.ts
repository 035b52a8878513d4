import { describe, expect, test } from 'vitest';
import { parseCommandLine, type CommandLine } from '../../src/cli/command-line.ts';

/** Parses a command line, keeping what it would print. */
function parse(...argv: string[]): { line: CommandLine; out: string; err: string } {
  let out = '';
  let err = '';
  const line = parseCommandLine(argv, { out: (text) => (out += text), err: (text) => (err += text) }, '1.2.3');
  return { line, out, err };
}

describe('the command line', () => {
  test('check reads .claude/agents as text, leniently, by default', () => {
    expect(parse('check').line).toEqual({ run: { command: 'check', options: { agentsDir: '.claude/agents', followOutsideLinks: false, format: 'text', strict: false, taxonomy: undefined } } });
  });

  test('check takes a folder, a format, --strict, a taxonomy file and --follow-outside-links', () => {
    expect(parse('check', 'agents', '--format', 'github', '--strict', '--taxonomy', 'taxonomy.yml', '--follow-outside-links').line).toEqual({
      run: { command: 'check', options: { agentsDir: 'agents', followOutsideLinks: true, format: 'github', strict: true, taxonomy: 'taxonomy.yml' } },
    });
  });

  test('build writes to handbook-site, as the Agent Handbook, failing on invalid files, by default', () => {
    expect(parse('build').line).toEqual({
      run: {
        command: 'build',
        options: {
          agentsDir: '.claude/agents',
          followOutsideLinks: false,
          out: 'handbook-site',
          base: undefined,
          site: undefined,
          title: 'Agent Handbook',
          repo: undefined,
          branch: 'main',
          taxonomy: undefined,
          onboarding: undefined,
          onInvalid: 'error',
          strict: false,
        },
      },
    });
  });

  test('build takes every site option', () => {
    const { line } = parse(
      'build', 'team/agents', '--out', 'public/handbook', '--base', '/handbook/', '--site', 'https://acme.github.io', '--title', 'Acme',
      '--repo', 'https://github.com/acme/services', '--branch', 'trunk', '--taxonomy', 't.yml', '--onboarding', 'o.yml', '--on-invalid', 'warn', '--strict',
      '--follow-outside-links',
    );
    expect(line).toEqual({
      run: {
        command: 'build',
        options: {
          agentsDir: 'team/agents',
          followOutsideLinks: true,
          out: 'public/handbook',
          base: '/handbook/',
          site: 'https://acme.github.io',
          title: 'Acme',
          repo: 'https://github.com/acme/services',
          branch: 'trunk',
          taxonomy: 't.yml',
          onboarding: 'o.yml',
          onInvalid: 'warn',
          strict: true,
        },
      },
    });
  });

  test('dev and preview serve on localhost:4321 by default, and preview reads handbook-site', () => {
    expect(parse('dev').line).toMatchObject({ run: { command: 'dev', options: { agentsDir: '.claude/agents', port: 4321, host: 'localhost' } } });
    expect(parse('preview', '--port', '8080').line).toEqual({ run: { command: 'preview', options: { out: 'handbook-site', base: undefined, port: 8080, host: 'localhost' } } });
  });

  test.each([
    [['check', '--frobnicate'], "error: unknown option '--frobnicate'"],
    [['publish'], "error: unknown command 'publish'"],
    [['check', 'one', 'two'], "error: too many arguments for 'check'"],
    [['check', '--format', 'xml'], "argument 'xml' is invalid. Allowed choices are text, github, json."],
    [['build', '--on-invalid', 'ignore'], "argument 'ignore' is invalid. Allowed choices are error, warn."],
    [['dev', '--port', 'http'], "argument 'http' is invalid. Give a number from 1 to 65535."],
    [['build', '--repo', 'github.com/acme'], "argument 'github.com/acme' is invalid. Give a full address"],
    [['build', '--out'], "error: option '--out <dir>' argument missing"],
  ])('%j is bad usage: exit code 2, and a message that says what is wrong', (argv, message) => {
    const { line, out, err } = parse(...argv);
    expect(line).toEqual({ exitCode: 2 });
    expect(err).toContain(message);
    expect(err).toContain('(add --help to see the options and an example)');
    expect(out).toBe('');
  });

  test('no command at all shows the commands, and is bad usage', () => {
    const { line, err } = parse();
    expect(line).toEqual({ exitCode: 2 });
    expect(err).toMatch(/Commands:\n\s+check \[options\] \[agents-dir\]/u);
  });

  test.each(['check', 'build', 'dev', 'preview'])('%s --help shows its options and an example, and exits 0', (command) => {
    const { line, out } = parse(command, '--help');
    expect(line).toEqual({ exitCode: 0 });
    expect(out).toContain(`Usage: agent-handbook ${command} [options]`);
    expect(out).toMatch(new RegExp(`Example:\\n  \\$ npx agent-handbook ${command}`, 'u'));
  });

  test('--version prints the package version', () => {
    expect(parse('--version')).toEqual({ line: { exitCode: 0 }, out: '1.2.3\n', err: '' });
  });
});
