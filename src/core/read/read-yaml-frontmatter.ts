import type { Yaml } from 'mdast';
import { isAlias, isCollection, isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { HandbookProblem } from '../handbook-problem.ts';
import { agentFrontmatterSchema, frontmatterExamples, frontmatterHints, type AgentFrontmatter } from './agent-frontmatter.ts';
import { readLenientFrontmatter } from './read-lenient-frontmatter.ts';

export type FrontmatterResult = { ok: true; value: AgentFrontmatter; problems: HandbookProblem[] } | { ok: false; problems: HandbookProblem[] };

/** What the handbook reads of a frontmatter block at most; agent frontmatter is a few flat fields. */
export const frontmatterLimits = {
  /** Characters of YAML. */
  length: 64 * 1024,
  /** Levels of lists and maps inside one another. */
  depth: 32,
  /** Aliases (`*name`) that toJS may expand: a few are fine, a "billion laughs" is not. */
  aliases: 100,
};

const fieldsHint = 'Write one `key: value` line per field between the `---` lines, e.g. `name: backend-engineer` and `description: Expert backend engineer`.';

/** Reads and checks the YAML frontmatter of an agent file. */
export function readYamlFrontmatter(file: string, node: Yaml): FrontmatterResult {
  // The YAML text starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const error = (line: number, message: string, hint: string): FrontmatterResult => ({ ok: false, problems: [{ file, line, severity: 'error', message, hint }] });

  if (node.value.length > frontmatterLimits.length) {
    return error(firstLine - 1, `The frontmatter is ${Math.ceil(node.value.length / 1024)} KB long; the handbook reads at most ${frontmatterLimits.length / 1024} KB.`, 'Keep the frontmatter to its fields, and move long text into the body below the closing `---`.');
  }
  const document = parseDocument(node.value, { prettyErrors: true });
  const tab = tabIndentedLine(node.value);
  if (document.errors.length > 0) {
    const [first] = document.errors;
    const firstErrorLine = firstLine + (first?.linePos?.[0]?.line ?? 1) - 1;
    const reason = first?.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '') ?? '';
    if (/call stack/iu.test(reason)) return tooDeep(file, firstLine - 1);
    // Strict YAML says no; read it as its author meant it, if that gives a valid agent.
    const lenientData = readLenientFrontmatter(node.value);
    const lenientName = nameFromFile(file, lenientData, firstLine - 1);
    const lenient = agentFrontmatterSchema.safeParse(lenientName.data);
    if (lenient.success) {
      return {
        ok: true,
        value: lenient.data,
        problems: [
          ...lenientName.problems,
          tab === null
            ? {
                file,
                line: firstErrorLine,
                severity: 'warning',
                message: `The frontmatter is not valid YAML (${reason}); it was read line by line instead.`,
                hint: /keys must be unique/iu.test(reason)
                  ? 'Keep one line per field: a field named twice was read from its last line.'
                  : 'Quote values that contain `: `, e.g. `description: "Use when: …"`, or use `description: >-` with the text indented below.',
              }
            : { file, line: firstLine + tab, severity: 'warning', message: 'This line of the frontmatter is indented with a tab, which YAML does not allow; the frontmatter was read line by line instead.', hint: 'Indent with spaces instead of tabs.' },
        ],
      };
    }
    // The first YAML error is the one to fix: the others usually follow from it.
    if (tab !== null) return error(firstLine + tab, 'This line of the frontmatter is indented with a tab, which YAML does not allow.', 'Indent with spaces instead of tabs.');
    return error(firstErrorLine, `The frontmatter is not valid YAML: ${reason}.`, 'Check the YAML on this line and the one before it; quote a value that contains `:`, `[`, `{` or `#`, e.g. `description: "Use when: …"`.');
  }
  if (depthOf(document) > frontmatterLimits.depth) return tooDeep(file, firstLine - 1);

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: frontmatterLimits.aliases }) ?? {};
  } catch {
    return error(firstLine - 1, 'The frontmatter’s YAML aliases (`*name`) expand to far more data than it holds, as in a “billion laughs” attack.', 'Write each value out instead of repeating it with `&anchor` and `*alias`.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const shape = Array.isArray(data) ? 'a YAML list' : `a single value (“${String(data).slice(0, 40)}”)`;
    return error(firstLine - 1, `The frontmatter is ${shape}, not fields.`, fieldsHint);
  }
  const named = nameFromFile(file, data, firstLine - 1);
  const result = agentFrontmatterSchema.safeParse(named.data);
  if (result.success) return { ok: true, value: result.data, problems: [...named.problems, ...numbersReadAsText(file, document, node.value, firstLine, data)] };
  return {
    ok: false,
    problems: [...named.problems, ...result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const present = key in data;
      return {
        file,
        line: present ? firstLine + keyLine(document, key, node.value) : firstLine - 1,
        severity: 'error' as const,
        message: present ? `The frontmatter field \`${key}\` ${describeProblem(key, issue.message, (data as Record<string, unknown>)[key])}.` : `The frontmatter has no \`${key}\`.`,
        ...(present && frontmatterExamples[key] ? { hint: `Give \`${key}\` one value, e.g. \`${frontmatterExamples[key]}\`.` } : frontmatterHints[key] ? { hint: frontmatterHints[key] } : {}),
      };
    })],
  };
}

/**
 * Fields without a `name` take their file's name, with a warning: GitHub's `.github/agents`
 * files (`code-review.agent.md`) have none, and are named by their file. A `name` that is there
 * but empty stays a mistake to report.
 */
function nameFromFile(file: string, data: object, line: number): { data: object; problems: HandbookProblem[] } {
  if ('name' in data) return { data, problems: [] };
  const name = agentFileName(file);
  return {
    data: { ...data, name },
    problems: [
      {
        file,
        line,
        severity: 'warning',
        message: `The frontmatter has no \`name\`; the agent is named after its file, “${name}”.`,
        hint: `Add a line such as \`name: ${name}\` between the \`---\` lines at the top of the file to name it yourself.`,
      },
    ],
  };
}

/** The name a file gives its agent: `agents/code-review.agent.md` → `code-review`. */
export function agentFileName(file: string): string {
  return (file.split(/[\\/]/u).at(-1) ?? file).replace(/(?:\.agent)?\.md$/iu, '') || 'agent';
}

function tooDeep(file: string, line: number): FrontmatterResult {
  return {
    ok: false,
    problems: [
      {
        file,
        line,
        severity: 'error',
        message: `The frontmatter nests lists or maps more than ${frontmatterLimits.depth} levels deep.`,
        hint: 'Agent frontmatter is a few flat fields: `name`, `description`, `tools`, `model`, `color`, each on a line of its own.',
      },
    ],
  };
}

/** Why a field's value is wrong, in words: "is empty", "is a list", … */
function describeProblem(key: string, issue: string, value: unknown): string {
  if (issue === 'is empty' || value === null) return 'is empty';
  const wanted = key === 'tools' ? 'tool names' : 'one value';
  if (Array.isArray(value)) return key === 'tools' ? 'is a list with an entry that is not a tool name' : 'is a list, but it takes one value';
  if (typeof value === 'object') return `is a set of fields, but it takes ${wanted}`;
  return `is ${typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'a yes/no value' : 'not valid'}, but it takes ${wanted}`;
}

/** `name` or `description` written as a number or `true`/`false`, which YAML reads as such: kept as text, with a warning. */
function numbersReadAsText(file: string, document: Document, yamlText: string, firstLine: number, data: object): HandbookProblem[] {
  return (['name', 'description'] as const).flatMap((key) => {
    const value = (data as Record<string, unknown>)[key];
    if (typeof value !== 'number' && typeof value !== 'boolean') return [];
    return [
      {
        file,
        line: firstLine + keyLine(document, key, yamlText),
        severity: 'warning' as const,
        message: `The frontmatter field \`${key}\` is ${typeof value === 'number' ? 'a number' : 'a yes/no value'} to YAML (${String(value)}); it was read as the text "${String(value)}".`,
        hint: `Quote it to make it text: \`${key}: "${String(value)}"\`.`,
      },
    ];
  });
}

/** The 0-based line of the first line indented with a tab, or null. */
function tabIndentedLine(yamlText: string): number | null {
  const index = yamlText.split('\n').findIndex((line) => /^ *\t/u.test(line));
  return index < 0 ? null : index;
}

/** How many lists and maps deep the document goes, walked without recursion. */
function depthOf(document: Document): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[document.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > frontmatterLimits.depth) return deepest;
    for (const item of node.items) {
      if (isMap(node)) {
        const pair = item as { key: unknown; value: unknown };
        stack.push([pair.key, depth + 1], [pair.value, depth + 1]);
      } else if (!isAlias(item)) {
        stack.push([item, depth + 1]);
      }
    }
  }
  return deepest;
}

/** 0-based line of `key` within the YAML text. */
function keyLine(document: Document, key: string, yamlText: string): number {
  if (!isMap(document.contents)) return 0;
  const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
  const offset = isScalar(pair?.key) ? (pair.key.range?.[0] ?? 0) : 0;
  return yamlText.slice(0, offset).split('\n').length - 1;
}
