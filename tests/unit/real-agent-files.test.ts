import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { walkSections } from '../../src/core/read/build-section-tree.ts';
import { classifySections } from '../../src/core/classify/classify-section.ts';
import { buildHandbook } from '../../src/core/index.ts';
import { readSections } from '../../src/core/classify/classify-agents.ts';
import { checkAgent, parseAgent } from '../../src/core/read/parse-agent.ts';
import { taxonomy } from '../../src/core/classify/taxonomy.ts';

/** The agent files others wrote, as users will feed them: ../shared/corpus/dev. */
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');
const files = existsSync(corpus) ? readdirSync(corpus).filter((name) => name.endsWith('.md')).sort() : [];

describe('real agent files from ../shared/corpus/dev', () => {
  test('the corpus is there: 44 files', () => {
    expect(files).toHaveLength(44);
  });

  test.each(files)('%s parses, places every block and says where each section went and why', (name) => {
    const text = readFileSync(join(corpus, name), 'utf8');
    const parsed = parseAgent({ file: name, text });
    expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // `agent-handbook check` says the same of it, parsed or not.
    expect(checkAgent({ file: name, text })).toEqual({ ok: true, agent: { file: name, frontmatter: parsed.agent.frontmatter }, problems: parsed.problems });
    const tree = readSections(parsed.agent, taxonomy);
    for (const section of walkSections(classifySections(tree, parsed.agent.frontmatter, taxonomy).sections)) expect(section.reason, `${name}:${section.line}`).toMatch(/\S/u);

    const { report } = buildHandbook([{ file: name, text }]);
    const [agent] = report.agents;
    expect(agent?.placedBlocks).toBe(agent?.sourceBlocks);
    expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  test('all 44 build together into one handbook with every block placed', () => {
    const { report, pages } = buildHandbook(files.map((name) => ({ file: name, text: readFileSync(join(corpus, name), 'utf8') })));
    expect(report.agents).toHaveLength(44);
    for (const agent of report.agents) expect(agent.placedBlocks, agent.file).toBe(agent.sourceBlocks);
    expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const languages = pages.filter((page) => page.kind === 'language').map((page) => page.title);
    expect(languages).toEqual(expect.arrayContaining(['Go', 'Python', 'Rust', 'Java', 'C#/.NET', 'SQL', 'Terraform/HCL']));
  });
});
