import type { HandbookProblem } from '../handbook-problem.ts';

/** How far into a file a NUL character marks it as binary, as Git decides. */
const binaryProbe = 8000;

/** Why a file's text cannot be an agent at all: it is empty, blank or binary; else null. */
export function unusableText(file: string, text: string): HandbookProblem | null {
  const hint = 'Write the agent in it (a `---` block with `name:` and `description:` lines, then its instructions), or delete the file.';
  if (text.length === 0) return { file, line: 1, severity: 'error', message: 'The file is empty.', hint };
  const nul = text.slice(0, binaryProbe).indexOf('\0');
  if (nul >= 0) {
    return {
      file,
      line: text.slice(0, nul).split('\n').length,
      severity: 'error',
      message: 'The file is binary, not Markdown text: it holds NUL bytes.',
      hint: 'Keep only Markdown agent files in the agents folder, and give other files a name that does not end in .md.',
    };
  }
  if (text.trim() === '') return { file, line: 1, severity: 'error', message: 'The file holds only blank lines and spaces.', hint };
  return null;
}
