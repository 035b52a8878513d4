import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildHandbook, checkAgent, formatProblem, readAgents, type HandbookBuild } from '../../src/core/index.ts';
import { readAgentFiles } from '../../src/plugin/libs/read-agent-files.ts';
import { badAgentsFolder, badFileNames, builtAgentNames, leftOutFolders, leftOutNames, outsideSecret } from '../bad-agents-folder.ts';

/** `expected-problems.txt` is what the build says about the broken files; `UPDATE=1` rewrites it. */
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'bad-files');
const update = process.env['UPDATE'] === '1';

function buildBadAgents(): HandbookBuild {
  const { root, dir } = badAgentsFolder();
  return buildHandbook(readAgentFiles(dir, root));
}

describe('broken agent files', () => {
  const build = buildBadAgents();
  const messages = build.report.problems.map(formatProblem).join('\n');

  test('each gets its message, naming the file, the line and what to do', () => {
    const file = join(fixtures, 'expected-problems.txt');
    if (update) writeFileSync(file, `${messages}\n`);
    expect(`${messages}\n`).toBe(readFileSync(file, 'utf8'));
  });

  test('a check, which parses only the files it must, gives the same messages', () => {
    const { root, dir } = badAgentsFolder();
    expect(readAgents(readAgentFiles(dir, root), '/', checkAgent).problems.map(formatProblem).join('\n')).toBe(messages);
  });

  test('every fixture file and every made path is named in a message with a remedy, and none shows a stack trace', () => {
    for (const name of badFileNames) expect(messages, name).toContain(`agents/${name}.md:`);
    for (const name of leftOutFolders) expect(messages, name).toContain(`agents/${name}:`);
    for (const problem of build.report.problems) expect(problem.hint, formatProblem(problem)).toBeTruthy();
    expect(messages).not.toMatch(/\n\s+at |Error:|undefined|\[object/u);
  });

  test('the files that cannot be agents are left out; the rest build with every block placed', () => {
    expect(build.report.skipped.sort()).toEqual([...leftOutNames.map((name) => `agents/${name}.md`), ...leftOutFolders.map((name) => `agents/${name}`)].sort());
    expect(build.report.agents.map((agent) => agent.name).sort()).toEqual(builtAgentNames);
    for (const agent of build.report.agents) expect(agent.placedBlocks, agent.file).toBe(agent.sourceBlocks);
  });

  test('nothing from outside the agents folder is published: no page, export or message holds the file the links lead to', () => {
    const published = [...build.pages.map((page) => JSON.stringify(page)), ...build.exports.all().map((asset) => asset.content), messages, JSON.stringify(build.report)];
    for (const text of published) expect(text).not.toContain(outsideSecret);
    expect(messages).toContain('agents/outside-link.md:1: This link leads outside the agents folder, so it was not read.');
  }, 60_000);

  test('line endings of every kind become line breaks, in the pages and in the agent file offered for download', () => {
    const crOnly = build.exports.all().find((asset) => asset.path.endsWith('cr-only-agent.md'))!;
    expect(crOnly.content).not.toContain('\r');
    expect(crOnly.content.split('\n')[2]).toBe('description: Saved with classic Mac line endings');
    const testing = build.pages.find((page) => page.id === 'topics/testing')!;
    expect(JSON.stringify(testing.body)).toContain('Unit Tests');
  });
});

test('a name or file name with a line break cannot start a log line of its own, such as a CI command', () => {
  const agent = (file: string) => ({ file, text: '---\nname: "twin\\n::error file=evil.md,line=1::INJECTED\\n"\ndescription: d\n---\n\n## Testing\n\n- **Unit**: tests\n' });
  const build = buildHandbook([agent('one.md'), agent('two\n::warning::x\u001b[2J.md')]);
  const printed = build.report.problems.map(formatProblem).join('\n');
  expect(printed).toContain('"twin\\n::error file=evil.md,line=1::INJECTED"');
  expect(printed).not.toMatch(/^::/mu);
  expect(printed).not.toContain('\u001b');
});
