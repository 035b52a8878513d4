import { describe, expect, test } from 'vitest';
import { parseAgent } from '../../src/core/parse-agent.ts';

const parse = (text: string) => parseAgent({ file: 'agents/demo.md', text });

describe('reading frontmatter', () => {
  test('tools written as a comma string become a list', () => {
    const result = parse('---\nname: demo\ndescription: A demo\ntools: Read, Grep ,Edit\n---\nBody\n');
    expect(result.ok && result.agent.frontmatter.tools).toEqual(['Read', 'Grep', 'Edit']);
  });

  test('tools written as a YAML list are kept in order', () => {
    const result = parse('---\nname: demo\ndescription: A demo\ntools:\n  - Read\n  - Grep\n---\nBody\n');
    expect(result.ok && result.agent.frontmatter.tools).toEqual(['Read', 'Grep']);
  });

  test('an empty tools field means no tools', () => {
    const result = parse('---\nname: demo\ndescription: A demo\ntools:\n---\nBody\n');
    expect(result.ok && result.agent.frontmatter.tools).toEqual([]);
  });

  test('model, color and unknown fields are kept', () => {
    const result = parse('---\nname: demo\ndescription: A demo\nmodel: sonnet\ncolor: orange\nloop: inner\n---\nBody\n');
    expect(result.ok && result.agent.frontmatter).toMatchObject({ model: 'sonnet', color: 'orange', extra: { loop: 'inner' } });
  });

  test('a missing name is reported at the frontmatter with what to add', () => {
    expect(parse('---\ndescription: A demo\n---\nBody\n').problems).toEqual([
      {
        file: 'agents/demo.md',
        line: 1,
        severity: 'error',
        message: 'The frontmatter has no `name`.',
        hint: 'Add a line such as `name: backend-engineer` between the `---` lines at the top of the file.',
      },
    ]);
  });

  test('missing name and description are both reported in one go', () => {
    expect(parse('---\ntools: Read\n---\nBody\n').problems.map((problem) => problem.message)).toEqual([
      'The frontmatter has no `name`.',
      'The frontmatter has no `description`.',
    ]);
  });

  test('an empty description is reported on its own line', () => {
    const [problem] = parse('---\nname: demo\n\ndescription: ""\n---\nBody\n').problems;
    expect(problem).toMatchObject({ line: 4, message: 'The frontmatter field `description` is empty.' });
  });

  test('YAML that does not parse is reported with its line', () => {
    const [problem] = parse('---\nname: demo\ndescription: [unclosed\ntools: Read\n---\nBody\n').problems;
    expect(problem?.line).toBeGreaterThanOrEqual(3);
    expect(problem?.message).toMatch(/^The frontmatter is not valid YAML: /u);
  });

  test('a file without frontmatter says how to add it', () => {
    expect(parse('# Title\n\nText\n').problems[0]).toMatchObject({ line: 1, message: 'The file has no frontmatter, so the agent has no name or description.' });
  });
});
