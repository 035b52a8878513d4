import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeAgentFile, firstInvalidUtf8 } from '../../src/core/read/decode-agent-file.ts';
import { checkAgent, parseAgent } from '../../src/core/read/parse-agent.ts';

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

  test('an agent without a name is named after its file, with a warning that says so', () => {
    const result = parse('---\ndescription: A demo\n---\nBody\n');
    expect(result.ok && result.agent.frontmatter.name).toBe('demo');
    expect(result.problems).toEqual([
      {
        file: 'agents/demo.md',
        line: 1,
        severity: 'warning',
        message: 'The frontmatter has no `name`; the agent is named after its file, “demo”.',
        hint: 'Add a line such as `name: demo` between the `---` lines at the top of the file to name it yourself.',
      },
    ]);
  });

  test('a GitHub agent file, named by its file, is named without its .agent.md', () => {
    const result = parseAgent({ file: '.github/agents/code-review.agent.md', text: "---\ndescription: 'Reviews code.'\ntools: [read]\n---\n# Code Review\n" });
    expect(result.ok && result.agent.frontmatter.name).toBe('code-review');
  });

  test('a missing description is reported at the frontmatter with what to add, and a missing name with it only as a warning', () => {
    expect(parse('---\ntools: Read\n---\nBody\n').problems.map((problem) => [problem.severity, problem.message])).toEqual([
      ['warning', 'The frontmatter has no `name`; the agent is named after its file, “demo”.'],
      ['error', 'The frontmatter has no `description`.'],
    ]);
  });

  test('an empty description is reported on its own line', () => {
    const [problem] = parse('---\nname: demo\n\ndescription: ""\n---\nBody\n').problems;
    expect(problem).toMatchObject({ line: 4, message: 'The frontmatter field `description` is empty.' });
  });

  test('YAML that does not parse and gives no agent is reported with its line', () => {
    const result = parse('---\nname: demo\n  description: indented under the name\n---\nBody\n');
    expect(result.ok).toBe(false);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ severity: 'error', line: 2 });
    expect(problem?.message).toMatch(/^The frontmatter is not valid YAML: /u);
  });

  test('a description that strict YAML rejects is read as written, with a warning', () => {
    const result = parse("---\nname: demo\ndescription: Triggers on: 'analyze', 'p-value'\ntools: Read\n---\nBody\n");
    expect(result.ok && result.agent.frontmatter).toMatchObject({ name: 'demo', description: "Triggers on: 'analyze', 'p-value'", tools: ['Read'] });
    expect(result.problems).toMatchObject([{ severity: 'warning', line: 3 }]);
    expect(result.problems[0]?.message).toMatch(/read line by line/u);
  });

  test('a multi-line plain description with example blocks keeps every line', () => {
    const text = '---\nname: demo\ndescription: Use this agent when\n  the user asks.\n  <example>\n  Context: a review\n  </example>\nmodel: inherit\n---\nBody\n';
    const result = parse(text);
    expect(result.ok && result.agent.frontmatter.description).toBe('Use this agent when the user asks. <example> Context: a review </example>');
    expect(result.ok && result.agent.frontmatter.model).toBe('inherit');
  });

  test('a file without frontmatter takes its name from its first heading, with a warning', () => {
    const result = parse('# Title\n\nText about it.\n');
    expect(result.ok && result.agent.frontmatter).toMatchObject({ name: 'Title', description: 'Text about it.' });
    expect(result.problems).toMatchObject([{ line: 1, severity: 'warning', message: 'The file has no frontmatter; its name, "Title", comes from its first heading.' }]);
  });

  test('a file without frontmatter or heading takes its name from the file', () => {
    const result = parse('Just text.\n');
    expect(result.ok && result.agent.frontmatter.name).toBe('demo');
  });

  test('a file indented as a whole is read as if it were not, with lines kept', () => {
    const result = parseAgent({ file: 'a.md', text: '\n    ---\n    name: sqs\n    description: Queues\n    ---\n\n    ## Focus Areas\n    - **Visibility**: timeouts\n' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const heading = result.agent.body.children.find((node) => node.type === 'heading');
    expect(heading?.position?.start.line).toBe(7);
    expect(result.problems.map((problem) => problem.message)).toEqual(['The whole file is indented by 4 spaces or tabs; it was read as if it were not.']);
  });

  test('a code fence that is never closed is reported', () => {
    const result = parse('---\nname: demo\ndescription: A demo\n---\n\n```go\nfunc main() {}\n');
    expect(result.problems).toMatchObject([{ line: 6, severity: 'warning', message: 'This code fence is never closed, so what follows it shows as code, to the end of the file or of the list item or quote it is in.' }]);
  });

  test('a 4-backtick fence holding a 3-backtick fence is one code block', () => {
    const result = parse('---\nname: demo\ndescription: A demo\n---\n\n````md\n```go\nx\n```\n````\n');
    expect(result.ok && result.agent.body.children.map((node) => node.type)).toEqual(['code']);
    expect(result.problems).toEqual([]);
  });
});

describe('files that cannot be read as written', () => {
  test('a tab in the indentation is named as such, even when the frontmatter can be read line by line', () => {
    const result = parse('---\nname: demo\ndescription: A demo\ntools:\n\t- Read\n---\nBody\n');
    expect(result.ok && result.agent.frontmatter.tools).toEqual(['Read']);
    expect(result.problems).toMatchObject([{ line: 5, severity: 'warning', hint: 'Indent with spaces instead of tabs.' }]);
  });

  test('YAML nested deeper than its parser can follow is reported as too deep, not as a crash', () => {
    const result = parse(`---\nname: demo\ndescription: A demo\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nBody\n`);
    expect(result.ok).toBe(false);
    expect(result.problems).toMatchObject([{ line: 1, severity: 'error', message: 'The frontmatter nests lists or maps more than 32 levels deep.' }]);
  });

  test('a few YAML aliases are fine', () => {
    const result = parse('---\nname: demo\ndescription: &d A demo\nsummary: *d\n---\nBody\n');
    expect(result.ok && result.agent.frontmatter.extra).toEqual({ summary: 'A demo' });
  });

  test('a NUL byte deep in a long text file does not make it binary', () => {
    const result = parse(`---\nname: demo\ndescription: A demo\n---\n${'Text.\n'.repeat(2000)}\0\n`);
    expect(result.ok).toBe(true);
  });
});

describe('decoding an agent file', () => {
  test('finds the first byte where no UTF-8 character starts, as Node’s own check agrees', () => {
    const encode = (text: string) => [...new TextEncoder().encode(text)];
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.uint8Array({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 12 }), (before, noise, after) => {
        const bytes = new Uint8Array([...encode(before), ...noise, ...encode(after)]);
        const bad = firstInvalidUtf8(bytes);
        if (bad < 0) return isUtf8(bytes);
        const aCharacterStartsThere = [1, 2, 3, 4].some((length) => bad + length <= bytes.length && isUtf8(bytes.subarray(0, bad + length)));
        return isUtf8(bytes.subarray(0, bad)) && !aCharacterStartsThere;
      }),
      { numRuns: 2000 },
    );
  });

  test('keeps UTF-8 text, BOM and all', () => {
    expect(decodeAgentFile('a.md', new TextEncoder().encode('\uFEFF# Café'))).toEqual({ file: 'a.md', text: '\uFEFF# Café' });
  });
});

describe('a frontmatter that goes wrong', () => {
  test('one whose fields run into the body is read up to the blank line before it, with the line to close it on', () => {
    const result = parse('---\nname: demo\ndescription: A demo\n\n# Demo agent\n\nReviews code.\n');
    expect(result.ok && result.agent.frontmatter.name).toBe('demo');
    expect(result.problems).toEqual([
      {
        file: 'agents/demo.md',
        line: 1,
        severity: 'warning',
        message: 'The frontmatter that opens here has no closing `---` line before the text on line 5; its fields were read up to the blank line above that text.',
        hint: 'Put a `---` line on line 4, after the last field.',
      },
    ]);
  });

  test('one never closed, with nothing after its fields, is named as such, at its line, with how to close it', () => {
    const result = parse('---\nname: demo\ndescription: A demo\n');
    expect(result.problems).toEqual([
      {
        file: 'agents/demo.md',
        line: 1,
        severity: 'warning',
        message: 'The frontmatter that opens here is never closed, so it was read as text; the agent\'s name, "demo", comes from the file name.',
        hint: 'End the frontmatter with a `---` line after its last field.',
      },
    ]);
  });

  test('a problem of fields that were never opened is on a line of the file', () => {
    const result = parse('description: A demo\ntools: Read\n---\n\nText.\n');
    expect(result.problems.map((problem) => problem.line).every((line) => line >= 1)).toBe(true);
  });

  test('fields closed by a `---` line but never opened are the frontmatter, not a heading', () => {
    const result = parse('name: demo\ndescription: A demo\ntools: Read\n---\n\n## Testing\n\nTest it.\n');
    expect(result.ok && [result.agent.frontmatter.name, result.agent.frontmatter.tools, result.agent.bodyLine]).toEqual(['demo', ['Read'], 5]);
    expect(result.ok && result.agent.body.children.map((node) => [node.type, node.position?.start.line])).toEqual([['heading', 6], ['paragraph', 8]]);
    expect(result.problems.map((problem) => [problem.line, problem.message])).toEqual([[1, 'The frontmatter has no opening `---` line; the fields above the `---` on line 4 were read as the frontmatter.']]);
  });

  test.each([
    ['tools: [1, {a: b}]', '`tools` is a list with an entry that is not a tool name', 'Write `tools` as tool names'],
    ['tools: 1e3', '`tools` is a number, but it takes tool names', 'Write `tools` as tool names'],
    ['model: {a: 1}', '`model` is a set of fields, but it takes one value', 'Give `model` one value, e.g. `model: sonnet`.'],
    ['color: [red, blue]', '`color` is a list, but it takes one value', 'Give `color` one value, e.g. `color: orange`.'],
  ])('%j says what is wrong with the field, at its line, and how to write it', (field, message, hint) => {
    const result = parse(`---\nname: demo\ndescription: A demo\n${field}\n---\nBody\n`);
    expect(result.ok).toBe(false);
    expect(result.problems).toMatchObject([{ line: 4, severity: 'error', message: `The frontmatter field ${message}.`, hint: expect.stringContaining(hint) }]);
  });

  test('an empty model or colour is as if it were not there', () => {
    const result = parse('---\nname: demo\ndescription: A demo\nmodel:\ncolor: ~\n---\nBody\n');
    expect(result.problems).toEqual([]);
    expect(result.ok && [result.agent.frontmatter.model, result.agent.frontmatter.color]).toEqual([undefined, undefined]);
  });

  test('a field named twice is read from its last line, with a hint about that', () => {
    const result = parse('---\nname: first\nname: second\ndescription: A demo\n---\nBody\n');
    expect(result.ok && result.agent.frontmatter.name).toBe('second');
    expect(result.problems).toMatchObject([{ severity: 'warning', hint: 'Keep one line per field: a field named twice was read from its last line.' }]);
  });
});

describe('a check, which reads the frontmatter without parsing the body where it can', () => {
  test.each([
    ['an empty frontmatter', '---\n---\nBody\n'],
    ['a blank line before the closing fence', '---\nname: demo\ndescription: A demo\n\n---\nBody'],
    ['spaces and tabs after the fences', '---  \nname: demo\ndescription: A demo\n---\t\n# Title'],
    ['no line break after the closing fence', '---\nname: demo\ndescription: A demo\n---'],
    ['blank lines before the frontmatter', '\n\n---\nname: demo\ndescription: A demo\n---\nBody'],
    ['a line that only starts like a fence', '---\nname: demo\ndescription: A demo\n--- x\n---\n'],
    ['a frontmatter never closed', '---\nname: demo\ndescription: A demo\n# Title\n'],
    ['a quote never closed', '---\nname: "demo\n---\nBody'],
    ['a code fence never closed', '---\nname: demo\ndescription: A demo\n---\n```ts\nconst a = 1;\n'],
    ['a code fence in a list item', '---\nname: demo\ndescription: A demo\n---\n- item\n  ```\n  code\n```\n'],
    ['no frontmatter at all', '# Demo agent\n\nReviews code.\n'],
  ])('says what a build says of %s', (_name, text) => {
    const parsed = parse(text);
    const checked = checkAgent({ file: 'agents/demo.md', text });
    expect(checked.problems).toEqual(parsed.problems);
    expect(checked.ok && checked.agent.frontmatter).toEqual(parsed.ok && parsed.agent.frontmatter);
  });
});
