import type { Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './parse-markdown.ts';
import { resolveReferences } from './resolve-references.ts';
import { guardBuildInput } from './guard-build-input.ts';
import { mayHoldFootnotes, scopeFootnotes } from './scope-footnotes.ts';
import { nestingLimits, opensFrontmatter, pastLimits, scanMarkdown, type MarkdownScan } from './scan-markdown.ts';
import { findUnclosedFences, prepareAgentText, shiftLines, type PreparedText } from './prepare-agent-text.ts';
import type { AgentFrontmatter } from './agent-frontmatter.ts';
import { unusableText } from './find-unusable-text.ts';
import { agentFileName, readYamlFrontmatter, type FrontmatterResult } from './read-yaml-frontmatter.ts';
import type { HandbookProblem } from '../handbook-problem.ts';

/** One agent file as read from disk. */
export interface AgentSource {
  /** Path shown to the user in messages, e.g. `content/agents/backend-engineer.md`. */
  file: string;
  text: string;
  /**
   * Set by whatever read the file when it could not be read as text (a folder or a broken link
   * named `*.md`, a file that is not UTF-8…): the core reports it and reads nothing from it.
   * A warning leaves nothing out (a folder named `*.md` whose files were read); an error leaves
   * the file out.
   */
  unreadable?: { message: string; hint: string; line?: number; severity?: 'error' | 'warning' };
}

export interface ParsedAgent {
  file: string;
  frontmatter: AgentFrontmatter;
  /** The Markdown body as mdast, with source positions. The frontmatter node is removed. */
  body: Root;
  /** The file text, for the agent's own page and download, with its line endings made `\n`. */
  text: string;
  /** The line where the body starts: the line after the frontmatter, or 1. */
  bodyLine: number;
}

export type ParseResult<Agent = ParsedAgent> = { ok: true; agent: Agent; problems: HandbookProblem[] } | { ok: false; problems: HandbookProblem[] };

/** Parses an agent file into validated frontmatter and an mdast body. */
export function parseAgent(source: AgentSource): ParseResult {
  const read = startReading(source);
  return read.ok ? parseRead(source, read) : read;
}

/** The rest of `parseAgent`, for a file whose reading has started: its Markdown parsed, and its frontmatter read. */
function parseRead(source: AgentSource, { prepared, scan }: { prepared: PreparedText; scan: MarkdownScan }): ParseResult {
  const parsed = parseMarkdown(prepared.text, undefined, scan);
  if (!parsed.ok) return { ok: false, problems: [...prepared.problems, unparsable(source.file, parsed, prepared.lineOffset)] };
  const tree = parsed.tree;
  const fences = findUnclosedFences(source.file, tree, prepared.text);
  shiftLines(tree, prepared.lineOffset);
  for (const problem of fences) problem.line += prepared.lineOffset;
  const problems = [...prepared.problems, ...fences];
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const frontmatter = yamlNode ? readYamlFrontmatter(source.file, yamlNode) : frontmatterFromBody(source.file, tree, opensFrontmatter(prepared.text), prepared.lineOffset);
  problems.push(...frontmatter.problems.map(onFileLine));
  if (!frontmatter.ok) return { ok: false, problems };
  const body: Root = { ...tree, children: tree.children.filter((node) => node !== yamlNode) };
  if (scan.definitions) resolveReferences(body);
  if (mayHoldFootnotes(prepared.text)) scopeFootnotes(body, source.file);
  problems.push(...guardBuildInput(body, source.file));
  const bodyLine = yamlNode?.position ? yamlNode.position.end.line + 1 : prepared.lineOffset + 1;
  return { ok: true, agent: { file: source.file, frontmatter: frontmatter.value, body, text: prepared.asWritten, bodyLine }, problems };
}

/**
 * A frontmatter problem on a line of the file: one at the frontmatter's opening line, where the
 * file lacks that line and it was added (`repairFrontmatterDelimiters`), is on the file's first.
 */
function onFileLine(problem: HandbookProblem): HandbookProblem {
  return problem.line >= 1 ? problem : { ...problem, line: 1 };
}

/** An agent file as `agent-handbook check` reads it: its problems and frontmatter, without its body. */
export type CheckedAgent = ParseResult<Pick<ParsedAgent, 'file' | 'frontmatter'>>;

/**
 * What `parseAgent` finds in a file, its problems and frontmatter, without parsing its Markdown
 * where one pass over its lines shows that the parse would find nothing more: the frontmatter is
 * a closed `---` block, every code fence is closed at the margin, no fence has metadata and no
 * link's address may hold a `%`, and the tree cannot nest too deep. Any other file is parsed.
 */
export function checkAgent(source: AgentSource): CheckedAgent {
  const read = startReading(source);
  if (!read.ok) return read;
  const { prepared, scan } = read;
  const { frontmatter: yaml, fencesClosed, buildInput, treeDepthAtMost } = scan.known;
  if (yaml === null || !fencesClosed || buildInput || treeDepthAtMost > nestingLimits.tree) return parseRead(source, read);
  const startLine = 1 + prepared.lineOffset;
  const node: Yaml = { type: 'yaml', value: yaml, position: { start: { line: startLine, column: 1 }, end: { line: startLine + yaml.split('\n').length + 1, column: 4 } } };
  const frontmatter = readYamlFrontmatter(source.file, node);
  const problems = [...prepared.problems, ...frontmatter.problems.map(onFileLine)];
  return frontmatter.ok ? { ok: true, agent: { file: source.file, frontmatter: frontmatter.value }, problems } : { ok: false, problems };
}

/**
 * What reading a file starts with, parsed or not: the problems of its bytes (unreadable, empty,
 * binary), its text made ready to parse (line endings, indentation), and one pass over its lines.
 */
function startReading(source: AgentSource): { ok: false; problems: HandbookProblem[] } | { ok: true; prepared: PreparedText; scan: MarkdownScan } {
  if (source.unreadable) {
    const { line = 1, severity = 'error', message, hint } = source.unreadable;
    return { ok: false, problems: [{ file: source.file, line, severity, message, hint }] };
  }
  const unusable = unusableText(source.file, source.text);
  if (unusable) return { ok: false, problems: [unusable] };
  const prepared = prepareAgentText(source.file, source.text);
  const scan = scanMarkdown(prepared.text);
  const past = pastLimits(scan);
  if (past) return { ok: false, problems: [...prepared.problems, unparsable(source.file, past, prepared.lineOffset)] };
  return { ok: true, prepared, scan };
}

/** Why the Markdown of a file is not parsed: it nests too deep, or one paragraph holds too many emphasis or link markers. */
function unparsable(file: string, where: { line: number; depth: number } | { line: number; markers: number }, lineOffset: number): HandbookProblem {
  const line = where.line + lineOffset;
  if ('markers' in where) {
    return {
      file,
      line,
      severity: 'error',
      message: `This paragraph holds ${where.markers} emphasis and link markers (\`*\`, \`_\`, \`~\`, \`](\`), more than the handbook reads in one paragraph (${nestingLimits.markers}).`,
      hint: 'Split it into shorter paragraphs or a list, or put the text in a code block.',
    };
  }
  return {
    file,
    line,
    severity: 'error',
    message: `This line nests lists, quotes or emphasis ${where.depth} levels deep, deeper than the handbook can show.`,
    hint: 'Nest less: a few levels of lists or quotes say the same.',
  };
}

/**
 * For a file without frontmatter: the name from its first H1, else from the file name, and the
 * description from its first paragraph, with a warning; which says so when the file opens a
 * frontmatter (`opened`, at the line after `lineOffset`) that no `---` line closes.
 */
function frontmatterFromBody(file: string, tree: Root, opened: boolean, lineOffset: number): FrontmatterResult {
  const h1 = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  const paragraph = tree.children.find((node) => node.type === 'paragraph');
  const name = (h1 ? toString(h1).trim() : '') || agentFileName(file);
  const text = paragraph ? toString(paragraph).replace(/\s+/gu, ' ').trim() : '';
  const description = text.length > 200 ? `${text.slice(0, 197)}…` : text || `The ${name} agent.`;
  return {
    ok: true,
    value: { name, description, tools: [], model: undefined, color: undefined, extra: {} },
    problems: [
      opened
        ? {
            file,
            line: lineOffset + 1,
            severity: 'warning',
            message: `The frontmatter that opens here is never closed, so it was read as text; the agent's name, "${name}", comes from ${h1 ? 'its first heading' : 'the file name'}.`,
            hint: 'End the frontmatter with a `---` line after its last field.',
          }
        : {
            file,
            line: 1,
            severity: 'warning',
            message: `The file has no frontmatter; its name, "${name}", comes from ${h1 ? 'its first heading' : 'the file name'}.`,
            hint: 'Start the file with a `---` line, then `name:` and `description:` lines, then another `---` line.',
          },
    ],
  };
}
