import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument, isMap, isScalar } from 'yaml';
import { agentFrontmatterSchema, frontmatterHints, type AgentFrontmatter } from './agent-frontmatter.ts';
import type { HandbookProblem } from './handbook-problem.ts';

/** One agent file as read from disk. */
export interface AgentSource {
  /** Path shown to the user in messages, e.g. `content/agents/backend-engineer.md`. */
  file: string;
  text: string;
}

export interface ParsedAgent {
  file: string;
  frontmatter: AgentFrontmatter;
  /** The Markdown body as mdast, with source positions. The frontmatter node is removed. */
  body: Root;
  /** The raw file text, for the agent's own page. */
  text: string;
}

export type ParseResult =
  | { ok: true; agent: ParsedAgent; problems: HandbookProblem[] }
  | { ok: false; problems: HandbookProblem[] };

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parses an agent file into validated frontmatter and an mdast body. */
export function parseAgent(source: AgentSource): ParseResult {
  const tree = markdown.parse(source.text);
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!yamlNode) {
    return {
      ok: false,
      problems: [
        {
          file: source.file,
          line: 1,
          severity: 'error',
          message: 'The file has no frontmatter, so the agent has no name or description.',
          hint: 'Start the file with a `---` line, then `name:` and `description:` lines, then another `---` line.',
        },
      ],
    };
  }
  const frontmatter = readFrontmatter(source.file, yamlNode);
  if (!frontmatter.ok) return frontmatter;
  const body: Root = { ...tree, children: tree.children.filter((node) => node !== yamlNode) };
  return { ok: true, agent: { file: source.file, frontmatter: frontmatter.value, body, text: source.text }, problems: [] };
}

function readFrontmatter(
  file: string,
  node: Yaml,
): { ok: true; value: AgentFrontmatter } | { ok: false; problems: HandbookProblem[] } {
  // The YAML text starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const document = parseDocument(node.value, { prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        file,
        line: firstLine + (error.linePos?.[0]?.line ?? 1) - 1,
        severity: 'error',
        message: `The frontmatter is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')}.`,
        hint: 'Check the YAML on this line and the one before it; quote a value that contains `:`, `[`, `{` or `#`, e.g. `description: "Use when: …"`.',
      })),
    };
  }
  const data: unknown = document.toJS() ?? {};
  const result = agentFrontmatterSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const present = typeof data === 'object' && data !== null && key in data;
      return {
        file,
        line: present ? firstLine + keyLine(document, key, node.value) : firstLine - 1,
        severity: 'error' as const,
        message: present
          ? `The frontmatter field \`${key}\` ${issue.message === 'is empty' ? 'is empty' : `is not valid: ${issue.message}`}.`
          : `The frontmatter has no \`${key}\`.`,
        ...(frontmatterHints[key] ? { hint: frontmatterHints[key] } : {}),
      };
    }),
  };
}

/** 0-based line of `key` within the YAML text. */
function keyLine(document: ReturnType<typeof parseDocument>, key: string, yamlText: string): number {
  if (!isMap(document.contents)) return 0;
  const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
  const offset = isScalar(pair?.key) ? (pair.key.range?.[0] ?? 0) : 0;
  return yamlText.slice(0, offset).split('\n').length - 1;
}
