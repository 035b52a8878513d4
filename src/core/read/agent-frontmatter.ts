import { z } from 'zod';

/** `tools` as authors write it: `Read, Grep`, `[Read, Grep]`, or nothing. */
const toolsSchema = z
  .union([z.string(), z.array(z.string()), z.null()])
  .optional()
  .transform((value) => {
    const list = typeof value === 'string' ? value.split(',') : (value ?? []);
    return list.map((tool) => tool.trim()).filter(Boolean);
  });

/** `\n` and `\r\n` written out as line breaks, `\t` as a tab; any other backslash stays. */
function decodeEscapedBreaks(value: string): string {
  return value.replace(/\\r\\n|\\n|\\t/gu, (escape) => (escape === '\\t' ? '\t' : '\n'));
}

/** A scalar the author meant as text, even when YAML read it as a number or boolean. */
const textSchema = z.union([z.string(), z.number(), z.boolean()]).transform(String);

/**
 * The frontmatter of a Claude Code subagent file.
 * `name` and `description` are required; every other field is kept in `extra`.
 */
export const agentFrontmatterSchema = z
  .object({
    /** @example 'backend-engineer' */
    name: textSchema.pipe(z.string().trim().min(1, 'is empty')),
    /**
     * Line breaks written as `\n` (common in real descriptions, whose `<example>` blocks are
     * written on one unquoted line) are read as a double-quoted YAML value reads them.
     * @example 'Expert backend engineer specializing in Go…'
     */
    description: textSchema.transform(decodeEscapedBreaks).pipe(z.string().trim().min(1, 'is empty')),
    /** @default [] */
    tools: toolsSchema,
    /** Left empty (`model:`), it is as if it were not there. @example 'sonnet' */
    model: textSchema.nullish().transform((value) => value ?? undefined),
    /** Left empty (`color:`), it is as if it were not there. @example 'orange' */
    color: textSchema.nullish().transform((value) => value ?? undefined),
  })
  .catchall(z.unknown())
  .transform(({ name, description, tools, model, color, ...extra }) => ({
    name,
    description,
    tools,
    model,
    color,
    extra,
  }));

export type AgentFrontmatter = z.output<typeof agentFrontmatterSchema>;

/** A line that sets a text field well, for an author who gave it a list or a map. */
export const frontmatterExamples: Record<string, string> = {
  name: 'name: backend-engineer',
  description: 'description: Expert backend engineer for APIs and CLIs',
  model: 'model: sonnet',
  color: 'color: orange',
};

/** What to tell an author whose frontmatter lacks a field or has the wrong kind of value. */
export const frontmatterHints: Record<string, string> = {
  name: 'Add a line such as `name: backend-engineer` between the `---` lines at the top of the file.',
  description:
    'Add a line such as `description: Expert backend engineer for APIs and CLIs` between the `---` lines at the top of the file.',
  tools: 'Write `tools` as tool names: a comma-separated string (`tools: Read, Grep`) or a YAML list of them (`tools: [Read, Grep]`).',
};
