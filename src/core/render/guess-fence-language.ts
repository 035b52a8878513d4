import type { Code } from 'mdast';

const httpRequestLine = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\S+/u;

/**
 * Gives an unlabelled code fence a language, so that it is not mis-highlighted. A fence that
 * holds an HTTP request line followed by a JSON body becomes two fences, `http` and `json`.
 * Labelled fences come back as they are.
 */
export function labelFence(code: Code): Code[] {
  if (code.lang) return [code];
  const text = code.value;
  const lines = text.split('\n');
  if (httpRequestLine.test(lines[0] ?? '')) {
    const bodyStart = lines.findIndex((line) => /^\s*[{[]/u.test(line));
    if (bodyStart > 0) {
      return [
        { ...code, lang: 'http', value: lines.slice(0, bodyStart).join('\n').trimEnd() },
        { ...code, lang: 'json', value: lines.slice(bodyStart).join('\n') },
      ];
    }
    return [{ ...code, lang: 'http' }];
  }
  return [{ ...code, lang: guessLanguage(text) }];
}

function guessLanguage(text: string): string {
  const first = text.trimStart();
  // A brace or bracket opens JSON only when what follows is JSON's: a key, a value, a close.
  // A template such as "[Title]" or "{summary of the change}" is text.
  if (/^\{\s*(?:"|\}|$)/u.test(first) || /^\[\s*(?:[{["\]\d-]|true\b|false\b|null\b|$)/u.test(first)) return 'json';
  if (/^<[a-z!]/iu.test(first)) return 'html';
  if (isShell(text)) return 'sh';
  return 'text';
}

/** Words that open a shell command line. */
const commands = new Set([
  'npm', 'npx', 'pnpm', 'yarn', 'bun', 'deno', 'node', 'pip', 'pip3', 'python', 'python3', 'uv', 'poetry', 'go', 'cargo', 'rustup',
  'git', 'gh', 'curl', 'wget', 'docker', 'kubectl', 'helm', 'terraform', 'terragrunt', 'aws', 'gcloud', 'az', 'make', 'cd', 'ls',
  'cat', 'echo', 'export', 'mkdir', 'rm', 'cp', 'mv', 'chmod', 'sudo', 'apt', 'apt-get', 'brew', 'tmux', 'ssh', 'grep', 'find',
  'sed', 'awk', 'psql', 'mysql', 'redis-cli', 'claude', 'mvn', 'gradle', './gradlew', 'dotnet', 'swift', 'xcodebuild', 'flutter',
  'composer', 'php', 'bundle', 'rails', 'rake', 'mix', 'source', 'set', 'bash', 'sh', 'zsh', 'jq', 'pytest', 'vitest', 'jest',
]);

/**
 * Whether a block is shell commands: most of its lines (comments and blank lines aside) are a
 * prompt (`$ `) or start with a command's name, as in "tmux send-keys -t 2 …".
 */
function isShell(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  if (lines.length === 0) return false;
  const commandLines = lines.filter((line) => line.startsWith('$ ') || commands.has(line.split(/\s/u)[0]!));
  return commandLines.length / lines.length >= 0.6;
}
