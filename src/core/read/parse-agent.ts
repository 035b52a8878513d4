import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { basename } from 'node:path/posix';
import { toString } from 'mdast-util-to-string';
import { parseDocument, isMap, isScalar } from 'yaml';
import { findUnclosedFences, prepareAgentText, shiftLines } from './prepare-agent-text.ts';
import { readLenientFrontmatter } from './read-lenient-frontmatter.ts';
import { agentFrontmatterSchema, frontmatterHints, type AgentFrontmatter } from './agent-frontmatter.ts';
import type { HandbookProblem } from '../handbook-problem.ts';

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
  /** The line where the body starts: the line after the frontmatter, or 1. */
  bodyLine: number;
}

export type ParseResult =
  | { ok: true; agent: ParsedAgent; problems: HandbookProblem[] }
  | { ok: false; problems: HandbookProblem[] };

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parses an agent file into validated frontmatter and an mdast body. */
export function parseAgent(source: AgentSource): ParseResult {
  const prepared = prepareAgentText(source.file, source.text);
  const tree = markdown.parse(prepared.text);
  const fences = findUnclosedFences(source.file, tree, prepared.text);
  shiftLines(tree, prepared.lineOffset);
  for (const problem of fences) problem.line += prepared.lineOffset;
  const problems = [...prepared.problems, ...fences];
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const frontmatter = yamlNode ? readFrontmatter(source.file, yamlNode) : frontmatterFromBody(source.file, tree);
  problems.push(...frontmatter.problems);
  if (!frontmatter.ok) return { ok: false, problems };
  const body: Root = { ...tree, children: tree.children.filter((node) => node !== yamlNode) };
  const bodyLine = yamlNode?.position ? yamlNode.position.end.line + 1 : prepared.lineOffset + 1;
  return { ok: true, agent: { file: source.file, frontmatter: frontmatter.value, body, text: source.text, bodyLine }, problems };
}

/**
 * For a file without frontmatter: the name from its first H1, else from the file name, and the
 * description from its first paragraph, with a warning.
 */
function frontmatterFromBody(file: string, tree: Root): FrontmatterResult {
  const h1 = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  const paragraph = tree.children.find((node) => node.type === 'paragraph');
  const fromFile = basename(file.replaceAll('\\', '/')).replace(/\.md$/iu, '');
  const name = (h1 ? toString(h1).trim() : '') || fromFile;
  const text = paragraph ? toString(paragraph).replace(/\s+/gu, ' ').trim() : '';
  const description = text.length > 200 ? `${text.slice(0, 197)}…` : text || `The ${name} agent.`;
  return {
    ok: true,
    value: { name, description, tools: [], model: undefined, color: undefined, extra: {} },
    problems: [
      {
        file,
        line: 1,
        severity: 'warning',
        message: `The file has no frontmatter; its name, "${name}", comes from ${h1 ? 'its first heading' : 'the file name'}.`,
        hint: 'Start the file with a `---` line, then `name:` and `description:` lines, then another `---` line.',
      },
    ],
  };
}

type FrontmatterResult = { ok: true; value: AgentFrontmatter; problems: HandbookProblem[] } | { ok: false; problems: HandbookProblem[] };

function readFrontmatter(file: string, node: Yaml): FrontmatterResult {
  // The YAML text starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const document = parseDocument(node.value, { prettyErrors: true });
  if (document.errors.length > 0) {
    // Strict YAML says no; read it as its author meant it, if that gives a valid agent.
    const lenient = agentFrontmatterSchema.safeParse(readLenientFrontmatter(node.value));
    if (lenient.success) {
      const [error] = document.errors;
      return {
        ok: true,
        value: lenient.data,
        problems: [
          {
            file,
            line: firstLine + (error?.linePos?.[0]?.line ?? 1) - 1,
            severity: 'warning',
            message: `The frontmatter is not valid YAML (${error?.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')}); it was read line by line instead.`,
            hint: 'Quote values that contain `: `, e.g. `description: "Use when: …"`, or use `description: >-` with the text indented below.',
          },
        ],
      };
    }
    // The first YAML error is the one to fix: the others usually follow from it.
    return {
      ok: false,
      problems: document.errors.slice(0, 1).map((error) => ({
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
  if (result.success) return { ok: true, value: result.data, problems: [] };
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
