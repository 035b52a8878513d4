// @ts-check
// Plain JavaScript that any Node with ES modules can run: the `agent-handbook` command checks the
// Node version with it before it loads anything that needs a newer one.
import { readFileSync } from 'node:fs';

/**
 * The oldest Node the package runs on: `engines.node` in its package.json, such as `>=22.12.0`.
 * @returns {string} such as `22.12.0`
 */
export function requiredNodeVersion() {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const match = /^>=\s*(\d+\.\d+\.\d+)$/u.exec(manifest.engines.node);
  if (!match || !match[1]) throw new Error(`engines.node in package.json must read ">=X.Y.Z", not "${manifest.engines.node}".`);
  return match[1];
}

/**
 * The one line to print when this Node is older than the package needs, else `undefined`.
 * @param {string} current the running Node's version, `process.versions.node`
 * @param {string} required the oldest version that works
 * @returns {string | undefined}
 */
export function nodeVersionProblem(current, required) {
  const have = current.split('.').map(Number);
  const need = required.split('.').map(Number);
  for (let index = 0; index < need.length; index += 1) {
    const difference = (have[index] || 0) - (need[index] || 0);
    if (difference > 0) return undefined;
    if (difference < 0) {
      return `agent-handbook needs Node.js ${required} or later, and this is Node.js ${current}: install the current LTS from https://nodejs.org/ (or run \`nvm install --lts\`), then run it again.`;
    }
  }
  return undefined;
}
